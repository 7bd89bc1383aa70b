using System.Linq.Expressions;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Which Pages a caller may see at all (scoped: read once per request): staff every Page; an agency or
/// reviewer its organisations' Pages in every state; a verified member the live ones (published, not archived, not
/// suspended); anyone else none. The <c>pages</c> list applies it in SQL, and <c>page</c>, <c>node</c>, mutations and
/// subscriptions apply it to the one Page they load, so an id or a slug is never a way around it.</summary>
public sealed class PageVisibility(CallerMembership membership, CallerOrganisations organisations)
{
    /// <summary><see cref="Page.IsLive"/> as a SQL condition.</summary>
    public static readonly Expression<Func<Page, bool>> IsLive =
        p => p.LiveRevision != null && p.State != ReviewState.Archived && p.SuspendedAt == null;

    /// <summary>The Pages of <paramref name="pages"/> the caller may see, as a SQL condition.</summary>
    public async Task<Func<IQueryable<Page>, IQueryable<Page>>> FilterAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (caller.IsStaff)
            return pages => pages;
        var team = await organisations.ActingForAsync(caller, cancellationToken);
        var member = await membership.MayReadCommunityAsync(caller, cancellationToken);
        return (member, team.Count > 0) switch
        {
            (true, false) => pages => pages.Where(IsLive),
            (false, true) => pages => pages.Where(p => team.Contains(p.OrganisationId)),
            (true, true) => pages => pages.Where(p => team.Contains(p.OrganisationId)
                || (p.LiveRevision != null && p.State != ReviewState.Archived && p.SuspendedAt == null)),
            _ => pages => pages.Where(_ => false),
        };
    }

    public async Task<bool> MaySeeAsync(Page page, Caller caller, CancellationToken cancellationToken) =>
        caller.IsStaff
        || await IsTeamAsync(page, caller, cancellationToken)
        || (page.IsLive && await membership.MayReadCommunityAsync(caller, cancellationToken));

    /// <summary>Whether the caller acts for the Page's organisation (an agency under a mandate, or its reviewer).</summary>
    public async Task<bool> IsTeamAsync(Page page, Caller caller, CancellationToken cancellationToken) =>
        (await organisations.ActingForAsync(caller, cancellationToken)).Contains(page.OrganisationId);

    /// <summary>A post is seen by the Page's team and staff whatever its state, and by members once published on a live Page.</summary>
    public async Task<bool> MaySeeAsync(PagePost post, Page page, Caller caller, CancellationToken cancellationToken) =>
        caller.IsStaff
        || await IsTeamAsync(page, caller, cancellationToken)
        || (post.State == ReviewState.Published && page.IsLive && await membership.MayReadCommunityAsync(caller, cancellationToken));
}
