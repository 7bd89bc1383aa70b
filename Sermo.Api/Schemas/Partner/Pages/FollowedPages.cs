using Microsoft.EntityFrameworkCore;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>The Pages a member follows, as one <c>followedPagePosts</c> subscription sees them: read when it opens and
/// again, as events arrive, once the last read is <see cref="CommunityStanding.MaxAge"/> old. A busy topic (every Page's
/// new posts) then costs each subscriber one read every few seconds instead of one per event, and a follow or unfollow
/// made meanwhile reaches the running subscription within that time.</summary>
public sealed class FollowedPages(Guid member, IDbContextFactory<SermoDbContext> contexts, TimeProvider clock)
{
    private IReadOnlySet<Guid> _pages = new HashSet<Guid>();
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async ValueTask<bool> IncludesAsync(Guid pageId, CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() - _readAt >= CommunityStanding.MaxAge)
            await ReadAsync(cancellationToken);
        return _pages.Contains(pageId);
    }

    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        _pages = (await db.PageFollows.AsNoTracking().Where(f => f.PhysicianId == member && f.UnfollowedAt == null)
            .Select(f => f.PageId).ToListAsync(cancellationToken)).ToHashSet();
        _readAt = clock.GetUtcNow();
    }
}
