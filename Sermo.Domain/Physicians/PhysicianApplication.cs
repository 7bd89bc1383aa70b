namespace Sermo.Domain.Physicians;

/// <summary>What an applicant submits to join.</summary>
public sealed record PhysicianApplication(
    string Pseudonym,
    string SpecialtyCode,
    string CountryCode,
    IReadOnlyList<string> Languages,
    int YearsInPractice,
    bool Anonymous,
    string GivenName,
    string FamilyName,
    string Email,
    string? Phone,
    string LicenceNumber,
    string LicensingAuthority,
    string PracticeName);
