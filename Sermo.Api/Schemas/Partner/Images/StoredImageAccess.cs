using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Api.Schemas.Partner.Pages;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Schemas.Partner.Images;

/// <summary>Who may see a stored image, by id (<c>node</c>) and by its bytes (<c>GET /images/{id}</c>), one rule for
/// both: staff and the organisation's team (the <see cref="SermoPolicies.OrganisationTeam"/> policy, as for every other
/// object of an organisation); a verified member when a live Page shows it (the live revision's logo or cover, or the
/// image of a published post). Scoped: the policy and the membership are read once per request.</summary>
public sealed class StoredImageAccess(IDbContextFactory<SermoDbContext> contexts, IAuthorizationService authorization, CallerMembership membership)
{
    public async Task<bool> MayReadAsync(StoredImage image, Caller caller, CancellationToken cancellationToken) =>
        (await authorization.AuthorizeAsync(caller.User, image, SermoPolicies.OrganisationTeam)).Succeeded
        || (await membership.MayReadCommunityAsync(caller, cancellationToken) && await IsShownLiveAsync(image.Id, cancellationToken));

    /// <summary>Whether a live Page shows the image now; starts from the image (its foreign keys are indexed).</summary>
    private async Task<bool> IsShownLiveAsync(Guid imageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.Pages.Where(PageVisibility.IsLive);
        return await db.Set<PageRevision>().AsNoTracking()
                .Where(r => r.LogoImageId == imageId || r.CoverImageId == imageId)
                .AnyAsync(r => live.Any(p => p.Id == r.PageId && p.LiveRevision == r.Number), cancellationToken)
            || await db.Set<PagePost>().AsNoTracking()
                .Where(post => post.ImageId == imageId && post.State == ReviewState.Published)
                .AnyAsync(post => live.Any(p => p.Id == post.PageId), cancellationToken);
    }
}
