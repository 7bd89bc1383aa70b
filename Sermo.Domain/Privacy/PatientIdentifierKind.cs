namespace Sermo.Domain.Privacy;

/// <summary>The kinds of patient identifier that case text must not carry.</summary>
public enum PatientIdentifierKind
{
    EmailAddress,
    MedicalRecordNumber,
    FaxNumber,
    PhoneNumber,
    SocialSecurityNumber,
    IdNumber,
    ExactDate,
    StreetAddress,
    AgeOver89,
}
