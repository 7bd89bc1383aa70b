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

    /// <summary>An organisation, the agency it mandated with one of its people as editor, one of its reviewers, and a
    /// logo the agency uploaded for it.</summary>
    public sealed record PageTeam(Organisation Organisation, Agency Agency, EditorIdentity Editor, ReviewerIdentity Reviewer, StoredImage Logo)
    {
        /// <summary>The organisation's uploaded images, as a command hands them to the Page.</summary>
        public IReadOnlyCollection<StoredImage> Images => [Logo];
    }

    public static PageTeam Team(string name = "Helix Therapeutics")
    {
        var organisation = Pharma(name);
        var agency = new Agency("Blue Pill Creative", "GB", Now);
        organisation.GrantMandate(agency, Now);
        return new PageTeam(organisation, agency, EditorIdentity.ActingFor(organisation, agency.Id, "editor@agency", Now),
            ReviewerIdentity.Of(organisation.Id, "mlr@helix"), Image(organisation, agency));
    }

    public static StoredImage Image(Organisation organisation, Agency agency) =>
        new(organisation, agency.Id, StoredImageFormat.Png, 2048, 256, 256, new string('a', 64), Now);

    public static PageContent ReminderAd(string title = "Cardiva", Guid? logo = null) =>
        new(title, "Once daily", "Cardiva (examplestatin) tablets.", null, "Cardiva", logo, null, "#1A2B3C", null, ContentKind.ReminderAd, null);

    public static PageContent ClaimWithoutSafetyInformation() =>
        new("Cardiva", null, "Cardiva lowers LDL by 50%.", null, "Cardiva", null, null, null, null, ContentKind.ProductClaim, null);

    public static PostContent Post(string body = "Visit us at ACC.26") => new(body, null, ContentKind.Unbranded, null, null);

    public static PatientDetails Patient() =>
        new(AgeBand.From60To69, PatientSex.Female, "Hypertension for 10 years; on amlodipine 5 mg.", "BP 150/95, eGFR 48, potassium 5.1.");

    public static Case OpenCase(Physician author) =>
        Case.Post(author, "cardiology", "Resistant hypertension", "What would you add next?", Patient(), Now);

    public static (Drug Drug, Indication Indication) DrugWithIndication()
    {
        var indication = new Indication("Hypercholesterolaemia", "E78.0");
        var drugClass = new DrugClass("HMG-CoA reductase inhibitor", "C10AA");
        return (new Drug("Cardiva", "examplestatin", Pharma(), [drugClass], [indication], Now), indication);
    }
}
