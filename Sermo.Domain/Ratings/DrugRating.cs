using Sermo.Domain.Drugs;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;

namespace Sermo.Domain.Ratings;

/// <summary>
/// One version of a physician's rating of a drug for an indication. Rating again supersedes the current
/// version rather than overwriting it, so there is one current rating per physician, drug and indication,
/// and the earlier versions stay. The rater's specialty and country are copied at rating time so aggregate
/// reports never need to read physician profiles.
/// </summary>
public sealed class DrugRating
{
    public const int MaxCommentLength = 2_000;

    private DrugRating() { }

    public Guid Id { get; private set; }
    public Guid PhysicianId { get; private set; }
    public Guid DrugId { get; private set; }
    public Guid IndicationId { get; private set; }
    /// <summary>1 for the first rating of this drug and indication by this physician, then 2, 3...</summary>
    public int RatingVersion { get; private set; }
    public int Efficacy { get; private set; }
    public int Safety { get; private set; }
    public int Tolerability { get; private set; }
    public int Accessibility { get; private set; }
    public int Adherence { get; private set; }
    public string? Comment { get; private set; }
    public string RaterSpecialtyCode { get; private set; } = "";
    public string RaterCountryCode { get; private set; } = "";
    public DateTime RatedAt { get; private set; }
    public bool IsCurrent { get; private set; }
    public DateTime? SupersededAt { get; private set; }

    public RatingScores Scores => new(Efficacy, Safety, Tolerability, Accessibility, Adherence);

    /// <summary>
    /// Rates a drug for an indication. <paramref name="current"/> is the physician's current rating for the
    /// same drug and indication, if any: it is superseded, and the new rating becomes the next version.
    /// </summary>
    public static DrugRating Submit(Physician rater, Drug drug, Guid indicationId, RatingScores scores, string? comment, DrugRating? current, DateTime now)
    {
        rater.EnsureVerified("rate drugs");
        if (!drug.IsIndicatedFor(indicationId))
            throw new DomainRuleException(DomainErrorCodes.IndicationNotListed, $"{drug.BrandName} is not listed for that indication, so it cannot be rated for it.", "Indication");
        var text = Guard.OptionalText(comment, "Comment", MaxCommentLength);
        PatientIdentifierGuard.EnsureNone(("Comment", text));
        Guard.Utc(now, "now");
        var version = 1;
        if (current is not null)
        {
            if (current.PhysicianId != rater.Id || current.DrugId != drug.Id || current.IndicationId != indicationId)
                throw Guard.Invalid("The rating to supersede is for another physician, drug or indication.");
            if (!current.IsCurrent)
                throw new DomainRuleException(DomainErrorCodes.RatingNotCurrent, "Only the current rating can be superseded.");
            current.IsCurrent = false;
            current.SupersededAt = now;
            version = current.RatingVersion + 1;
        }
        return new DrugRating
        {
            Id = EntityIds.Next(),
            PhysicianId = rater.Id,
            DrugId = drug.Id,
            IndicationId = indicationId,
            RatingVersion = version,
            Efficacy = scores.Efficacy,
            Safety = scores.Safety,
            Tolerability = scores.Tolerability,
            Accessibility = scores.Accessibility,
            Adherence = scores.Adherence,
            Comment = text,
            RaterSpecialtyCode = rater.SpecialtyCode,
            RaterCountryCode = rater.CountryCode,
            RatedAt = now,
            IsCurrent = true,
        };
    }
}
