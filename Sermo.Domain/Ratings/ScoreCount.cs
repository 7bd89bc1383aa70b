namespace Sermo.Domain.Ratings;

/// <summary>One row of the aggregate query (<see cref="RatingAggregates.ScoreCounts"/>): how many current ratings of a drug
/// for an indication gave one score on one dimension. Counts only: no rater, no rating.</summary>
public sealed class ScoreCount
{
    public Guid DrugId { get; init; }
    public Guid IndicationId { get; init; }
    public RatingDimension Dimension { get; init; }
    public int Score { get; init; }
    public int Ratings { get; init; }
}
