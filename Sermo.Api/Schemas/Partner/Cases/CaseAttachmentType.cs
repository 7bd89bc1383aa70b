using Sermo.Api.Auth;
using Sermo.Domain.Cases;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary><c>CaseAttachment</c>: what is known about a file on a case. The storage key is deliberately not a field:
/// it addresses the file in blob storage and would outlive any check on who reads it.</summary>
public sealed class CaseAttachmentType : ObjectTypeConfiguration<CaseAttachment>
{
    public override void Configure(ObjectTypeDescriptor<CaseAttachment> type)
    {
        type.Description("A file attached to a case: its metadata only.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field(a => a.Kind);
        type.Field(a => a.FileName);
        type.Field(a => a.ContentType).Description("The file's media type (image/png, application/pdf, application/dicom...).");
        type.Field(a => a.SizeBytes).Type("Long!").Description("The file's size in bytes.");
        type.Field(a => a.Description);
        type.Field(a => a.AddedAt);
    }
}
