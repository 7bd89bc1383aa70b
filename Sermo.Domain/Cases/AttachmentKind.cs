namespace Sermo.Domain.Cases;

public enum AttachmentKind
{
    Image = 1,
    LabReport = 2,
    Document = 3,
}
