using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Each Page's revisions, newest first, one query per batch: the live content, the staging revision and the
/// history are all cut from this one load.</summary>
public sealed class RevisionsByPage(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<SermoDbContext, Guid, PageRevision>(contexts, options)
{
    protected override IQueryable<PageRevision> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Set<PageRevision>().AsNoTracking().Where(r => keys.Contains(r.PageId)).OrderByDescending(r => r.Number);

    protected override Guid KeyOf(PageRevision value) => value.PageId;
}
