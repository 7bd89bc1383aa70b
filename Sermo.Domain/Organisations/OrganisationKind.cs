namespace Sermo.Domain.Organisations;

public enum OrganisationKind
{
    PharmaCompany = 1,
    Vendor = 2,
    MedicalOrganisation = 3,
}
