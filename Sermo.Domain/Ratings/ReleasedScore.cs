using System.Linq.Expressions;

namespace Sermo.Domain.Ratings;

/// <summary>One released count of a <see cref="RatingSummaryRelease"/>: how many current ratings of the drug for the
/// indication gave <see cref="Score"/> on <see cref="Dimension"/> when the figures were last released.</summary>
public sealed class ReleasedScore
{
    private ReleasedScore() { }

    internal ReleasedScore(Guid drugId, Guid indicationId, RatingDimension dimension, int score, int ratings)
    {
        DrugId = drugId;
        IndicationId = indicationId;
        Dimension = dimension;
        Score = score;
        Ratings = ratings;
    }

    public Guid DrugId { get; private set; }
    public Guid IndicationId { get; private set; }
    public RatingDimension Dimension { get; private set; }
    public int Score { get; private set; }
    public int Ratings { get; internal set; }

    /// <summary>The count as a row of the aggregate (what <see cref="RatingSummary.Of"/> reads); EF Core translates it.</summary>
    public static readonly Expression<Func<ReleasedScore, ScoreCount>> AsScoreCount = s => new ScoreCount
    {
        DrugId = s.DrugId, IndicationId = s.IndicationId, Dimension = s.Dimension, Score = s.Score, Ratings = s.Ratings,
    };
}
