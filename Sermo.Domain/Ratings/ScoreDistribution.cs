namespace Sermo.Domain.Ratings;

/// <summary>How the current ratings of a drug for an indication spread over the scores of one dimension, and their mean.
/// Shown to members only where it does not give away what the raters gave (<see cref="Published"/>).</summary>
public sealed class ScoreDistribution
{
    private readonly int[] _counts;

    public ScoreDistribution(RatingDimension dimension, IEnumerable<(int Score, int Ratings)> counts)
    {
        Dimension = dimension;
        _counts = new int[RatingScores.Max - RatingScores.Min + 1];
        foreach (var (score, ratings) in counts)
        {
            if (score is < RatingScores.Min or > RatingScores.Max)
                throw new ArgumentOutOfRangeException(nameof(counts), score, $"A score lies between {RatingScores.Min} and {RatingScores.Max}.");
            _counts[score - RatingScores.Min] += ratings;
        }
        Ratings = _counts.Sum();
        // The mean follows from the counts exactly; no second aggregate is needed.
        Average = Ratings == 0 ? null : (double)Scores.Sum(score => score * RatingsWith(score)) / Ratings;
    }

    /// <summary>Every score a dimension can take, lowest first.</summary>
    public static IReadOnlyList<int> Scores { get; } = [.. Enumerable.Range(RatingScores.Min, RatingScores.Max - RatingScores.Min + 1)];

    public RatingDimension Dimension { get; }

    /// <summary>How many ratings the distribution counts.</summary>
    public int Ratings { get; }

    /// <summary>The mean score; null when nobody has rated.</summary>
    public double? Average { get; }

    /// <summary>How many ratings gave a score other than the most common one (of several equally common, any one).</summary>
    public int RatingsOutsideMostCommon => Ratings - _counts.Max();

    /// <summary>Whether too few raters gave a score other than the most common one for the mean and the counts to be shown:
    /// where all, or all but a few, gave one score, the figures say what nearly every rater gave, and the comments beside
    /// them name those raters. At least <see cref="RatingSummary.MinimumRatersOutsideMostCommon"/> must differ from it.</summary>
    public bool IsTooConcentrated => RatingsOutsideMostCommon < RatingSummary.MinimumRatersOutsideMostCommon;

    /// <summary>This dimension's figures where they may be shown (its summary being published), otherwise null: the mean
    /// and the counts are shown together or not at all.</summary>
    public ScoreDistribution? Published => IsTooConcentrated ? null : this;

    public int RatingsWith(int score) =>
        score is < RatingScores.Min or > RatingScores.Max ? 0 : _counts[score - RatingScores.Min];
}
