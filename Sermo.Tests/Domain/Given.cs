using Sermo.Domain.Cases;
using Sermo.Domain.Drugs;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;

namespace Sermo.Tests.Domain;

/// <summary>Builders for valid domain objects, so each test states only what it is about.</summary>
internal static class Given
{
    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static int _counter;

    public static PhysicianApplication Application(bool anonymous = true, string country = "US", string specialty = "cardiology") =>
        new($"Member {Interlocked.Increment(ref _counter)}", specialty, country, ["en"], 12, anonymous,
            "Jane", "Okafor", "jane.okafor@example.org", "+1 555 0100", "MD-123456", "Medical Board of California", "Bayview Cardiology");

    public static Physician Applicant(bool anonymous = true, string country = "US", string specialty = "cardiology") =>
        Physician.Apply(Application(anonymous, country, specialty), Now).Physician;

    public static Physician VerifiedPhysician(string country = "US", bool anonymous = true, string specialty = "cardiology")
    {
        var physician = Applicant(anonymous, country, specialty);
        foreach (var stage in new[] { CredentialStage.Identity, CredentialStage.Licence, CredentialStage.Practice })
            physician.RecordCredentialCheck(stage, passed: true, "verifier@sermo", Now);
        return physician;
    }

    public static Organisation Pharma(string name = "Helix Therapeutics") => new(name, OrganisationKind.PharmaCompany, "US", Now);

    public static PageContent ReminderAd(string title = "Cardiva") =>
        new(title, "Once daily", "Cardiva (examplestatin) tablets.", "https://cdn.example.org/logo.png", null, "#1A2B3C", ContentKind.ReminderAd, null);

    public static PageContent ClaimWithoutSafetyInformation() =>
        new("Cardiva", null, "Cardiva lowers LDL by 50%.", null, null, null, ContentKind.ProductClaim, null);

    public static PatientDetails Patient() =>
        new(AgeBand.From60To69, PatientSex.Female, "Hypertension for 10 years; on amlodipine 5 mg.", "BP 150/95, eGFR 48, potassium 5.1.");

    public static Case OpenCase(Physician author) =>
        Case.Post(author, "cardiology", "Resistant hypertension", "What would you add next?", Patient(), Now);

    public static (Drug Drug, Indication Indication) DrugWithIndication()
    {
        var indication = new Indication("Hypercholesterolaemia", "E78.0");
        var drugClass = new DrugClass("HMG-CoA reductase inhibitor", "C10AA");
        return (new Drug("Cardiva", "examplestatin", Pharma(), [drugClass], [indication]), indication);
    }
}
