using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>The superseded versions of ratings, newest first, one query per batch. Only a rating's author reads them,
/// so a batch holds one member's series: the query narrows by member and drug, and rows of series nobody asked for
/// (another indication of the same drug) are left out by the grouping.</summary>
public sealed class RatingVersionsBySeries(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<SermoDbContext, RatingSeries, DrugRating>(contexts, options)
{
    protected override IQueryable<DrugRating> Query(SermoDbContext db, IReadOnlyList<RatingSeries> keys)
    {
        var physicians = keys.Select(k => k.PhysicianId).Distinct().ToList();
        var drugs = keys.Select(k => k.DrugId).Distinct().ToList();
        return db.DrugRatings.AsNoTracking()
            .Where(r => !r.IsCurrent && physicians.Contains(r.PhysicianId) && drugs.Contains(r.DrugId))
            .OrderByDescending(r => r.RatingVersion);
    }

    protected override RatingSeries KeyOf(DrugRating value) => RatingSeries.Of(value);
}
