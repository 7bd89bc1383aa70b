using System.Linq.Expressions;

namespace Sermo.Domain.Ratings;

/// <summary>The aggregate query behind rating summaries: counts per drug, indication, dimension and score of the
/// current ratings (a superseded version is not counted), grouped in SQL. One command, at most 25 rows per drug and
/// indication, whatever the number of ratings.</summary>
public static class RatingAggregates
{
    public static IQueryable<ScoreCount> ScoreCounts(this IQueryable<DrugRating> ratings)
    {
        var current = ratings.Where(r => r.IsCurrent);
        return CountsOf(current, RatingDimension.Efficacy, r => r.Efficacy)
            .Concat(CountsOf(current, RatingDimension.Safety, r => r.Safety))
            .Concat(CountsOf(current, RatingDimension.Tolerability, r => r.Tolerability))
            .Concat(CountsOf(current, RatingDimension.Accessibility, r => r.Accessibility))
            .Concat(CountsOf(current, RatingDimension.Adherence, r => r.Adherence));
    }

    private static IQueryable<ScoreCount> CountsOf(IQueryable<DrugRating> ratings, RatingDimension dimension, Expression<Func<DrugRating, int>> score)
    {
        // r => new { r.DrugId, r.IndicationId, Score = score(r) }, written out so EF Core sees one grouping key per dimension.
        var rating = score.Parameters[0];
        var key = Expression.Lambda<Func<DrugRating, ScoreKey>>(
            Expression.MemberInit(Expression.New(typeof(ScoreKey)),
                Expression.Bind(typeof(ScoreKey).GetProperty(nameof(ScoreKey.DrugId))!, Expression.Property(rating, nameof(DrugRating.DrugId))),
                Expression.Bind(typeof(ScoreKey).GetProperty(nameof(ScoreKey.IndicationId))!, Expression.Property(rating, nameof(DrugRating.IndicationId))),
                Expression.Bind(typeof(ScoreKey).GetProperty(nameof(ScoreKey.Score))!, score.Body)),
            rating);
        return ratings.GroupBy(key).Select(g => new ScoreCount
        {
            DrugId = g.Key.DrugId,
            IndicationId = g.Key.IndicationId,
            Dimension = dimension,
            Score = g.Key.Score,
            Ratings = g.Count(),
        });
    }

    private sealed class ScoreKey
    {
        public Guid DrugId { get; init; }
        public Guid IndicationId { get; init; }
        public int Score { get; init; }
    }
}
