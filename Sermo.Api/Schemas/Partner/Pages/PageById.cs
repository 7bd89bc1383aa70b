using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Pages by id, one query per batch, without their revisions, decisions or posts (those have loaders of their own).</summary>
public sealed class PageById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, Page>(contexts, options)
{
    protected override IQueryable<Page> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Pages.AsNoTracking().Where(p => keys.Contains(p.Id));

    protected override Guid KeyOf(Page value) => value.Id;
}
