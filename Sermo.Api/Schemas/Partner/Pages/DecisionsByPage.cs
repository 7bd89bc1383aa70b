using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Each Page's review decisions (on the Page and on its posts), newest first, one query per batch.</summary>
public sealed class DecisionsByPage(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<SermoDbContext, Guid, ReviewDecision>(contexts, options)
{
    protected override IQueryable<ReviewDecision> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Set<ReviewDecision>().AsNoTracking().Where(d => keys.Contains(d.PageId)).OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id);

    protected override Guid KeyOf(ReviewDecision value) => value.PageId;
}
