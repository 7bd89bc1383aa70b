using System.Text.RegularExpressions;

namespace Sermo.Domain.Physicians;

/// <summary>
/// A member's public profile. Everything on this entity may be shown to other members: an anonymous member
/// appears under a stable pseudonym and specialty; the real name is copied here only when the member chose
/// to be named. Legal name, e-mail and licence live in <see cref="PhysicianPrivateDetails"/>.
/// </summary>
public sealed partial class Physician
{
    private readonly List<CredentialCheck> _credentialChecks = [];

    private Physician() { }

    public Guid Id { get; private set; }
    /// <summary>Chosen once, never changes, unique: anonymous members stay recognisable across threads.</summary>
    public string Pseudonym { get; private set; } = "";
    /// <summary>Null while the member is anonymous.</summary>
    public string? PublicName { get; private set; }
    public bool IsAnonymous { get; private set; }
    public string SpecialtyCode { get; private set; } = "";
    public string CountryCode { get; private set; } = "";
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public int YearsInPractice { get; private set; }
    public PhysicianStatus Status { get; private set; }
    public DateTime JoinedAt { get; private set; }
    public DateTime? VerifiedAt { get; private set; }
    public IReadOnlyList<CredentialCheck> CredentialChecks => _credentialChecks;

    public bool IsVerified => Status == PhysicianStatus.Verified;
    public string DisplayName => PublicName ?? Pseudonym;

    /// <summary>The stage the check is waiting on, or null once it is over.</summary>
    public CredentialStage? PendingStage => PendingStageOf(Status, _credentialChecks);

    /// <summary>The stage a member with this status and these checks waits on (for a profile read without its checks,
    /// given them separately).</summary>
    public static CredentialStage? PendingStageOf(PhysicianStatus status, IReadOnlyCollection<CredentialCheck> checks) =>
        status != PhysicianStatus.Applicant ? null
        : checks.Count == 0 ? CredentialStage.Identity
        : checks.Max(c => c.Stage) + 1;

    public static PhysicianEnrolment Apply(PhysicianApplication application, DateTime now)
    {
        var id = EntityIds.Next();
        var privateDetails = new PhysicianPrivateDetails(
            id, application.GivenName, application.FamilyName, application.Email, application.Phone,
            application.LicenceNumber, application.LicensingAuthority, application.PracticeName);
        var physician = new Physician
        {
            Id = id,
            Pseudonym = RequirePseudonym(application.Pseudonym),
            SpecialtyCode = Specialties.Require(application.SpecialtyCode),
            CountryCode = Countries.Normalise(application.CountryCode),
            Languages = Physicians.Languages.Normalise(application.Languages),
            YearsInPractice = Guard.Range(application.YearsInPractice, "Years in practice", 0, 70),
            IsAnonymous = application.Anonymous,
            PublicName = application.Anonymous ? null : privateDetails.ProfessionalName,
            Status = PhysicianStatus.Applicant,
            JoinedAt = Guard.Utc(now, "now"),
        };
        return new PhysicianEnrolment(physician, privateDetails);
    }

    /// <summary>Records one stage's outcome. Stages pass in order; a failure rejects the application.</summary>
    public void RecordCredentialCheck(CredentialStage stage, bool passed, string checkedBy, DateTime now, string? note = null)
    {
        if (PendingStage is not { } expected)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition,
                $"The credential check is over: the member is {Status}.");
        if (stage != expected)
            throw new DomainRuleException(DomainErrorCodes.CredentialStageOutOfOrder,
                $"The {expected} stage must be decided before the {stage} stage.");
        var reason = passed ? Guard.OptionalText(note, "Note", 1000) : Guard.Text(note, "The reason for a failed check", 1000);
        _credentialChecks.Add(new CredentialCheck(Id, stage, passed, Guard.Text(checkedBy, "Checked by", 200), Guard.Utc(now, "now"), reason));
        if (!passed)
            Status = PhysicianStatus.Rejected;
        else if (stage == CredentialStage.Practice)
        {
            Status = PhysicianStatus.Verified;
            VerifiedAt = now;
        }
    }

    public void Suspend()
    {
        if (Status != PhysicianStatus.Verified)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, $"Only a verified member can be suspended; this member is {Status}.");
        Status = PhysicianStatus.Suspended;
    }

    public void Reinstate()
    {
        if (Status != PhysicianStatus.Suspended)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, $"Only a suspended member can be reinstated; this member is {Status}.");
        Status = PhysicianStatus.Verified;
    }

    /// <summary>Hides the real name: from now on only the pseudonym is shown. The pseudonym stays the one chosen at joining
    /// (it was never shown beside the name to others), and no new one is issued: the member's id and what they posted
    /// while named stay theirs, so a new pseudonym would unlink nothing and only confuse colleagues who follow them.</summary>
    public void BecomeAnonymous()
    {
        IsAnonymous = true;
        PublicName = null;
    }

    /// <summary>Shows the member under their professional name, taken from their own private details.</summary>
    public void RevealName(PhysicianPrivateDetails privateDetails)
    {
        if (privateDetails.PhysicianId != Id)
            throw Guard.Invalid("These private details belong to another member.");
        IsAnonymous = false;
        PublicName = privateDetails.ProfessionalName;
    }

    public void UpdateProfile(string specialtyCode, string countryCode, IEnumerable<string> languages, int yearsInPractice)
    {
        SpecialtyCode = Specialties.Require(specialtyCode);
        CountryCode = Countries.Normalise(countryCode);
        Languages = Physicians.Languages.Normalise(languages);
        YearsInPractice = Guard.Range(yearsInPractice, "Years in practice", 0, 70);
    }

    /// <summary>Throws unless the member is verified; every community action goes through here.</summary>
    public void EnsureVerified(string action)
    {
        if (!IsVerified)
            throw new DomainRuleException(DomainErrorCodes.PhysicianNotVerified,
                $"Only verified physicians can {action}; this member is {Status}.");
    }

    private static string RequirePseudonym(string pseudonym)
    {
        var value = Guard.Text(pseudonym, "Pseudonym", 40);
        return PseudonymShape().IsMatch(value)
            ? value
            : throw Guard.Invalid("A pseudonym is 3 to 40 letters, digits, spaces, dots, hyphens or underscores.");
    }

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} ._-]{2,39}$")]
    private static partial Regex PseudonymShape();
}
