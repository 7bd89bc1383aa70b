namespace Sermo.Domain.Ratings;

/// <summary>How the current ratings of a drug for an indication spread over the scores of one dimension, and their mean.</summary>
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

    public int RatingsWith(int score) =>
        score is < RatingScores.Min or > RatingScores.Max ? 0 : _counts[score - RatingScores.Min];
}
