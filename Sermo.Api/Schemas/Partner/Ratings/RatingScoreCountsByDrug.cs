using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>The aggregate counts behind each drug's rating summaries (<see cref="RatingAggregates.ScoreCounts"/>),
/// grouped in SQL for a whole batch of drugs in one command.</summary>
public sealed class RatingScoreCountsByDrug(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<SermoDbContext, Guid, ScoreCount>(contexts, options)
{
    protected override IQueryable<ScoreCount> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.DrugRatings.AsNoTracking().Where(r => keys.Contains(r.DrugId)).ScoreCounts();

    protected override Guid KeyOf(ScoreCount value) => value.DrugId;
}
