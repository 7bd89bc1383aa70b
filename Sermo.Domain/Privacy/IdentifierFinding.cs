namespace Sermo.Domain.Privacy;

/// <summary>
/// One identifier found: which kind, in which field, where (0-based character index and length).
/// The matched text itself is deliberately not kept, so the finding can be logged and returned safely.
/// </summary>
public sealed record IdentifierFinding(PatientIdentifierKind Kind, string Field, int Index, int Length)
{
    public string Describe() => $"{Field}: {Name(Kind)} at characters {Index + 1}-{Index + Length}";

    private static string Name(PatientIdentifierKind kind) => kind switch
    {
        PatientIdentifierKind.EmailAddress => "an e-mail address",
        PatientIdentifierKind.MedicalRecordNumber => "a medical record number",
        PatientIdentifierKind.FaxNumber => "a fax number",
        PatientIdentifierKind.PhoneNumber => "a phone number",
        PatientIdentifierKind.SocialSecurityNumber => "a social security number",
        PatientIdentifierKind.IdNumber => "an ID-like number",
        PatientIdentifierKind.ExactDate => "an exact date (give a month and year or a relative time instead)",
        PatientIdentifierKind.StreetAddress => "a street address",
        PatientIdentifierKind.AgeOver89 => "an age over 89 (write \"90+\")",
        _ => kind.ToString(),
    };
}
