using Sermo.Domain.Ratings;

namespace Sermo.Domain.Reports;

/// <summary>
/// A cell's raw counts before disclosure control: the distinct physicians counted and, per dimension, how many of
/// them gave each score. Counts only, never a rater; it lives for the build of one release and is never stored.
/// </summary>
public sealed class RawReportCell
{
    /// <summary>Dimensions times scores: the bins of every dimension, <see cref="BinIndex"/> finds one.</summary>
    public const int BinCount = DimensionCount * ScoreCount;
    public const int DimensionCount = 5;
    public const int ScoreCount = RatingScores.Max - RatingScores.Min + 1;

    public RawReportCell(ReportCellKey key, int raters, int[] bins)
    {
        if (bins.Length != BinCount)
            throw new ArgumentException($"A raw cell has {BinCount} bins.", nameof(bins));
        Key = key;
        Raters = raters;
        Bins = bins;
    }

    public ReportCellKey Key { get; }
    public int Raters { get; }

    /// <summary>Physicians per dimension and score, <see cref="BinIndex"/> ordered.</summary>
    public int[] Bins { get; }

    public static int BinIndex(int dimensionIndex, int score) => dimensionIndex * ScoreCount + score - RatingScores.Min;

    public static int DimensionIndex(RatingDimension dimension) => (int)dimension - 1;

    public static RatingDimension DimensionAt(int dimensionIndex) => (RatingDimension)(dimensionIndex + 1);

    /// <summary>The score sum of a dimension (mean times raters), which a published mean reveals.</summary>
    public int ScoreSum(int dimensionIndex)
    {
        var sum = 0;
        for (var score = RatingScores.Min; score <= RatingScores.Max; score++)
            sum += score * Bins[BinIndex(dimensionIndex, score)];
        return sum;
    }
}
