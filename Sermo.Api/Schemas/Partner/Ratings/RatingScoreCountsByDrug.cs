using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>The released counts behind each drug's rating summaries (<see cref="RatingSummaryRelease"/>: figures that move
/// only in steps of many raters, never with one rating), for a whole batch of drugs in one command. Only the counts are
/// read: no rater, pending or released.</summary>
public sealed class RatingScoreCountsByDrug(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<SermoDbContext, Guid, ScoreCount>(contexts, options)
{
    protected override IQueryable<ScoreCount> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.RatingSummaryReleases.AsNoTracking().Where(r => keys.Contains(r.DrugId)).SelectMany(r => r.Scores).Select(ReleasedScore.AsScoreCount);

    protected override Guid KeyOf(ScoreCount value) => value.DrugId;
}
