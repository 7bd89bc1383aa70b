using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>A member's own current follow of each Page asked for (null when they do not follow it), one query per
/// batch. Only ever asked for the caller: nobody lists who follows a Page.</summary>
public sealed class FollowByFollower(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, PageMember, PageFollow>(contexts, options)
{
    protected override IQueryable<PageFollow> Query(SermoDbContext db, IReadOnlyList<PageMember> keys)
    {
        var pages = keys.Select(k => k.TargetId).Distinct().ToList();
        var physicians = keys.Select(k => k.PhysicianId).Distinct().ToList();
        return db.PageFollows.AsNoTracking().Where(f => f.UnfollowedAt == null && pages.Contains(f.PageId) && physicians.Contains(f.PhysicianId));
    }

    protected override PageMember KeyOf(PageFollow value) => new(value.PageId, value.PhysicianId);
}
