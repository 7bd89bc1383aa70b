using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Each Page's posts, newest first, one query per batch; the published feed and the team's drafts are cut from it.</summary>
public sealed class PostsByPage(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<SermoDbContext, Guid, PagePost>(contexts, options)
{
    protected override IQueryable<PagePost> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Set<PagePost>().AsNoTracking().Where(p => keys.Contains(p.PageId))
            .OrderByDescending(p => p.PublishedAt ?? p.CreatedAt).ThenByDescending(p => p.Id);

    protected override Guid KeyOf(PagePost value) => value.PageId;
}
