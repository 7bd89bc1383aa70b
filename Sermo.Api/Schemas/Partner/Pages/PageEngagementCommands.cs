using Microsoft.EntityFrameworkCore;
using Sermo.Api.Data;
using Sermo.Api.Events;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Members' engagement with live Pages: follow, unfollow, count a view, react to a post (<see
/// cref="PageChanges"/> runs them).</summary>
public sealed class PageEngagementCommands(PageChanges changes)
{
    /// <summary>A member follows a live Page; following it again changes nothing.</summary>
    public Task<Payload<Page>> FollowAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.AsMemberAsync(input.PageId, caller, "follow Pages", cancellationToken, async (db, page, member) =>
        {
            if (!await db.PageFollows.AnyAsync(f => f.PageId == page.Id && f.PhysicianId == member.Id && f.UnfollowedAt == null, cancellationToken))
                db.PageFollows.Add(PageFollow.Start(page, member, changes.Now));
        });

    public Task<Payload<Page>> UnfollowAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.AsMemberAsync(input.PageId, caller, "follow Pages", cancellationToken, async (db, page, member) =>
        {
            var follow = await db.PageFollows.FirstOrDefaultAsync(f => f.PageId == page.Id && f.PhysicianId == member.Id && f.UnfollowedAt == null, cancellationToken)
                ?? throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, "The member does not follow this Page.");
            follow.End(member, changes.Now);
        });

    /// <summary>Counts the member as a viewer of the Page today (once a day however often they look).</summary>
    public Task<Payload<Page>> RecordViewAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.AsMemberAsync(input.PageId, caller, "view Pages", cancellationToken, async (db, page, member) =>
        {
            var view = PageView.Record(page, member, changes.Now);
            if (!await db.PageViews.AnyAsync(v => v.PageId == page.Id && v.Day == view.Day && v.PhysicianId == member.Id, cancellationToken))
                db.PageViews.Add(view);
        });

    public async Task<Payload<PagePost>> ReactAsync(ReactToPostInput input, PageCaller caller, CancellationToken cancellationToken)
    {
        if (!changes.Ids.TryDecode<Guid>(input.PostId, "PagePost", out var postId))
            return Payload<PagePost>.Refused(PageChanges.PostNotFound());
        return await MutationConventions.RunAsync(InputFields.None, async () =>
        {
            await using var db = await changes.Contexts.CreateDbContextAsync(cancellationToken);
            var member = await PageChanges.MemberAsync(db, caller, "react to posts", cancellationToken);
            var page = await db.Pages.Include(p => p.Posts.Where(post => post.Id == postId))
                .SingleOrDefaultAsync(p => p.Posts.Any(post => post.Id == postId), cancellationToken);
            if (page is null || !await caller.MaySeeAsync(page, cancellationToken) || page.Posts.Single().State != ReviewState.Published)
                return null;
            var existing = await db.PostReactions.SingleOrDefaultAsync(r => r.PostId == postId && r.PhysicianId == member.Id, cancellationToken);
            if (existing is null)
                db.PostReactions.Add(PostReaction.React(page, postId, member, input.Kind, changes.Now));
            else
                existing.Change(input.Kind);
            // Two reactions of one member at once: the key refuses the second, which MutationConventions answers as a concurrent change.
            await db.SaveChangesAsync(cancellationToken);
            return page.Posts.Single();
        }, PageChanges.PostNotFound);
    }

}
