using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Ratings;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Ratings;

/// <summary>Ratings by id, one query per batch (node lookups; the caller's own only, see <see cref="RatingsSchemaContributor"/>).</summary>
public sealed class DrugRatingById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, DrugRating>(contexts, options)
{
    protected override IQueryable<DrugRating> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.DrugRatings.AsNoTracking().Where(r => keys.Contains(r.Id));

    protected override Guid KeyOf(DrugRating value) => value.Id;
}
