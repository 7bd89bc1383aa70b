namespace Sermo.Domain.Physicians;

/// <summary>
/// What identifies a member in real life: legal name, contact and licence. Kept in its own table with no
/// navigation from <see cref="Physician"/>, so nothing that reads the public profile can reach it by accident.
/// </summary>
public sealed class PhysicianPrivateDetails
{
    private PhysicianPrivateDetails() { }

    public PhysicianPrivateDetails(
        Guid physicianId, string givenName, string familyName, string email, string? phone,
        string licenceNumber, string licensingAuthority, string practiceName)
    {
        PhysicianId = physicianId;
        GivenName = Guard.Text(givenName, "Given name", 100);
        FamilyName = Guard.Text(familyName, "Family name", 100);
        Email = Guard.Text(email, "E-mail", 254);
        if (!Email.Contains('@'))
            throw Guard.Invalid("E-mail must contain '@'.");
        Phone = Guard.OptionalText(phone, "Phone", 40);
        LicenceNumber = Guard.Text(licenceNumber, "Licence number", 50);
        LicensingAuthority = Guard.Text(licensingAuthority, "Licensing authority", 200);
        PracticeName = Guard.Text(practiceName, "Practice name", 200);
    }

    public Guid PhysicianId { get; private set; }
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string? Phone { get; private set; }
    public string LicenceNumber { get; private set; } = "";
    public string LicensingAuthority { get; private set; } = "";
    public string PracticeName { get; private set; } = "";

    /// <summary>The name a member who chose not to be anonymous is shown under.</summary>
    public string ProfessionalName => $"Dr {GivenName} {FamilyName}";
}
