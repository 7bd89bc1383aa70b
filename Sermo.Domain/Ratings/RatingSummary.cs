using Sermo.Domain.Privacy;

namespace Sermo.Domain.Ratings;

/// <summary>What members see of the ratings of a drug for one indication: how many current ratings there are and how
/// they spread on each dimension. Built from <see cref="ScoreCount"/> rows alone, so it cannot carry a rater or a rating.
/// Published only where at least <see cref="MinimumRaters"/> members rated (<see cref="Published"/>): below that the
/// figures are a handful of people's scores, one person's when one rated, and comments beside them name the raters.
/// Each dimension of a published summary is shown only where at least <see cref="MinimumRatersOutsideMostCommon"/> of
/// its raters gave a score other than the most common one (<see cref="ScoreDistribution.Published"/>): otherwise a
/// unanimous or nearly unanimous dimension (a mean of exactly 1 or 5, or one full bin) says what each named commenter
/// gave.</summary>
public sealed class RatingSummary
{
    private readonly Dictionary<RatingDimension, ScoreDistribution> _dimensions;

    private RatingSummary(Guid drugId, Guid indicationId, Dictionary<RatingDimension, ScoreDistribution> dimensions)
    {
        DrugId = drugId;
        IndicationId = indicationId;
        _dimensions = dimensions;
        // Every rating scores every dimension, so any one of them counts the ratings.
        Ratings = dimensions[RatingDimension.Efficacy].Ratings;
    }

    /// <summary>The fewest distinct raters a published summary counts: the same threshold as a shown profile.</summary>
    public const int MinimumRaters = ProfileGeneralisation.MinimumMembers;

    /// <summary>The fewest raters of a dimension who must have given a score other than its most common one for the
    /// dimension's mean and counts to be shown: with fewer, one score is what almost everyone gave (the group disclosure
    /// rule of statistical agencies), so a commenter's score is nearly or wholly certain.</summary>
    public const int MinimumRatersOutsideMostCommon = ProfileGeneralisation.MinimumMembers;

    public Guid DrugId { get; }
    public Guid IndicationId { get; }

    /// <summary>How many current ratings (one per rater) the summary counts.</summary>
    public int Ratings { get; }

    /// <summary>Whether enough members rated for the figures to be shown to members. A summary that is not published says
    /// nothing else: no count, no bound, no average.</summary>
    public bool HasTooFewRaters => Ratings < MinimumRaters;

    /// <summary>This summary where it may be shown, otherwise null: the one way figures leave the domain for readers.</summary>
    public RatingSummary? Published => HasTooFewRaters ? null : this;

    public ScoreDistribution Efficacy => _dimensions[RatingDimension.Efficacy];
    public ScoreDistribution Safety => _dimensions[RatingDimension.Safety];
    public ScoreDistribution Tolerability => _dimensions[RatingDimension.Tolerability];
    public ScoreDistribution Accessibility => _dimensions[RatingDimension.Accessibility];
    public ScoreDistribution Adherence => _dimensions[RatingDimension.Adherence];

    /// <summary>The summary of one drug and indication from the aggregate's rows (rows of other pairs are ignored; no rows
    /// is a summary of nobody, with no averages).</summary>
    public static RatingSummary Of(Guid drugId, Guid indicationId, IEnumerable<ScoreCount> counts)
    {
        var mine = counts.Where(c => c.DrugId == drugId && c.IndicationId == indicationId).ToList();
        var dimensions = Enum.GetValues<RatingDimension>().ToDictionary(
            dimension => dimension,
            dimension => new ScoreDistribution(dimension, mine.Where(c => c.Dimension == dimension).Select(c => (c.Score, c.Ratings))));
        return new RatingSummary(drugId, indicationId, dimensions);
    }
}
