using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Page posts by id, one query per batch.</summary>
public sealed class PagePostById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, PagePost>(contexts, options)
{
    protected override IQueryable<PagePost> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Set<PagePost>().AsNoTracking().Where(p => keys.Contains(p.Id));

    protected override Guid KeyOf(PagePost value) => value.Id;
}
