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

/// <summary>The Pages mutations. Each finds its Page, asks the request's authorization whether the caller acts for the
/// Page's organisation (or, for members, may see it) and answers <c>NOT_FOUND</c> when not (never saying whether the
/// Page exists), builds the caller's identity through the domain (an editor identity only through the organisation's
/// mandate check), lets the Page decide, saves once, then publishes the change's events.</summary>
public sealed class PageCommands(IDbContextFactory<SermoDbContext> contexts, GlobalIdCodec ids, TimeProvider clock, IEventBus bus)
{
    private static readonly InputFields PageContentFields = new([("Slug", "slug"), .. PageContentInput.Fields]);
    private static readonly InputFields PostContentFields = new(PostContentInput.Fields);
    private static readonly InputFields DecisionFields = new(("Reason", "reason"), ("Revision", "revision"), ("Outcome", "outcome"));
    private static readonly InputFields SuspensionFields = new(("Reason", "reason"));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Payload<Page>> CreatePageAsync(CreatePageInput input, PageCaller caller, CancellationToken cancellationToken)
    {
        if (!ids.TryDecode<Guid>(input.OrganisationId, "Organisation", out var organisationId))
            return Payload<Page>.Refused(OrganisationNotFound());
        return await PromotionalRun.RunAsync(PageContentFields, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
            if (organisation is null || !await caller.ActsForAsync(organisation))
                return null;
            var page = Page.Create(organisation, input.Slug, input.Content.ToContent(ids), Editor(organisation, caller), Now);
            db.Pages.Add(page);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException taken) when (UniqueKeyViolation.Is(taken))
            {
                throw new DomainRuleException(DomainErrorCodes.InvalidArgument, $"The slug '{page.Slug}' is taken; choose another.", "Slug");
            }
            return page;
        }, OrganisationNotFound);
    }

    public Task<Payload<Page>> RevisePageAsync(RevisePageInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, PageContentFields, caller, cancellationToken, (page, organisation, _) =>
        {
            page.Revise(input.Content.ToContent(ids), Editor(organisation, caller), Now);
        });

    public Task<Payload<Page>> SubmitPageAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, PageContentFields, caller, cancellationToken, (page, organisation, events) =>
        {
            page.SubmitForReview(Editor(organisation, caller), Now);
            events.Submitted(new PageSubmitted(page.OrganisationId, page.Id, null, page.StagingRevision, Now));
        });

    public Task<Payload<Page>> DecidePageAsync(DecidePageRevisionInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, DecisionFields, caller, cancellationToken, (page, organisation, events) =>
        {
            var decision = page.RecordDecision(Reviewer(organisation, caller), input.Revision, input.Outcome, input.Reason, Now);
            events.Decided(new PageDecided(page.OrganisationId, page.Id, null, decision.Id, decision.DecidedAt));
        });

    public Task<Payload<Page>> PublishPageAsync(PublishPageRevisionInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, new InputFields(("Revision", "revision")), caller, cancellationToken, (page, organisation, _) =>
            page.Publish(Editor(organisation, caller), input.Revision, Now));

    public Task<Payload<Page>> ArchivePageAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, InputFields.None, caller, cancellationToken, (page, organisation, _) =>
            page.Archive(Editor(organisation, caller), Now));

    public Task<Payload<Page>> SuspendPageAsync(SuspendPageInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, SuspensionFields, caller, cancellationToken, (page, _, _) =>
            page.Suspend(StaffIdentity.Of(caller.Person), input.Reason, Now));

    public Task<Payload<Page>> ReinstatePageAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, InputFields.None, caller, cancellationToken, (page, _, _) =>
            page.Reinstate(StaffIdentity.Of(caller.Person)));

    public Task<Payload<PagePost>> CreatePostAsync(CreatePostInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, PostContentFields, caller, cancellationToken, (page, organisation, _) =>
            page.DraftPost(input.Content.ToContent(ids), Editor(organisation, caller), Now));

    public Task<Payload<PagePost>> RevisePostAsync(RevisePostInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPostAsync(input.PostId, PostContentFields, caller, cancellationToken, (page, post, organisation, _) =>
            page.RevisePost(post.Id, input.Content.ToContent(ids), Editor(organisation, caller)));

    public Task<Payload<PagePost>> SubmitPostAsync(PostIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPostAsync(input.PostId, PostContentFields, caller, cancellationToken, (page, post, organisation, events) =>
        {
            page.SubmitPost(post.Id, Editor(organisation, caller), Now);
            events.Submitted(new PageSubmitted(page.OrganisationId, page.Id, post.Id, post.Revision, Now));
        });

    public Task<Payload<PagePost>> DecidePostAsync(DecidePostInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPostAsync(input.PostId, DecisionFields, caller, cancellationToken, (page, post, organisation, events) =>
        {
            var decision = page.RecordPostDecision(Reviewer(organisation, caller), post.Id, input.Revision, input.Outcome, input.Reason, Now);
            events.Decided(new PageDecided(page.OrganisationId, page.Id, post.Id, decision.Id, decision.DecidedAt));
        });

    public Task<Payload<PagePost>> PublishPostAsync(PublishPostInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPostAsync(input.PostId, new InputFields(("Revision", "revision")), caller, cancellationToken, (page, post, organisation, events) =>
        {
            page.PublishPost(Editor(organisation, caller), post.Id, input.Revision, Now);
            events.PostPublished(new PagePostPublished(page.Id, post.Id, post.PublishedAt!.Value));
        });

    public Task<Payload<PagePost>> WithdrawPostAsync(PostIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPostAsync(input.PostId, InputFields.None, caller, cancellationToken, (page, post, organisation, _) =>
            page.WithdrawPost(Editor(organisation, caller), post.Id, Now));

    /// <summary>A member follows a live Page; following it again changes nothing.</summary>
    public Task<Payload<Page>> FollowAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        AsMemberAsync(input.PageId, caller, "follow Pages", cancellationToken, async (db, page, member) =>
        {
            if (!await db.PageFollows.AnyAsync(f => f.PageId == page.Id && f.PhysicianId == member.Id && f.UnfollowedAt == null, cancellationToken))
                db.PageFollows.Add(PageFollow.Start(page, member, Now));
        });

    public Task<Payload<Page>> UnfollowAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        AsMemberAsync(input.PageId, caller, "follow Pages", cancellationToken, async (db, page, member) =>
        {
            var follow = await db.PageFollows.FirstOrDefaultAsync(f => f.PageId == page.Id && f.PhysicianId == member.Id && f.UnfollowedAt == null, cancellationToken)
                ?? throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, "The member does not follow this Page.");
            follow.End(member, Now);
        });

    /// <summary>Counts the member as a viewer of the Page today (once a day however often they look).</summary>
    public Task<Payload<Page>> RecordViewAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        AsMemberAsync(input.PageId, caller, "view Pages", cancellationToken, async (db, page, member) =>
        {
            var view = PageView.Record(page, member, Now);
            if (!await db.PageViews.AnyAsync(v => v.PageId == page.Id && v.Day == view.Day && v.PhysicianId == member.Id, cancellationToken))
                db.PageViews.Add(view);
        });

    public async Task<Payload<PagePost>> ReactAsync(ReactToPostInput input, PageCaller caller, CancellationToken cancellationToken)
    {
        if (!ids.TryDecode<Guid>(input.PostId, "PagePost", out var postId))
            return Payload<PagePost>.Refused(PostNotFound());
        return await MutationConventions.RunAsync(InputFields.None, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var member = await MemberAsync(db, caller, "react to posts", cancellationToken);
            var page = await db.Pages.Include(p => p.Posts.Where(post => post.Id == postId))
                .SingleOrDefaultAsync(p => p.Posts.Any(post => post.Id == postId), cancellationToken);
            if (page is null || !await caller.MaySeeAsync(page, cancellationToken) || page.Posts.Single().State != ReviewState.Published)
                return null;
            var existing = await db.PostReactions.SingleOrDefaultAsync(r => r.PostId == postId && r.PhysicianId == member.Id, cancellationToken);
            if (existing is null)
                db.PostReactions.Add(PostReaction.React(page, postId, member, input.Kind, Now));
            else
                existing.Change(input.Kind);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException twice) when (UniqueKeyViolation.Is(twice))
            {
                throw new DbUpdateConcurrencyException("The member reacted twice at the same moment.", twice);
            }
            return page.Posts.Single();
        }, PostNotFound);
    }

    /// <summary>A change of one Page, loaded whole and tracked; refused as not found unless the caller acts for its organisation.</summary>
    private Task<Payload<Page>> OnPageAsync(string pageId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Action<Page, Organisation, PageEvents> change) =>
        OnPageAsync<Page>(pageId, fields, caller, cancellationToken, (page, organisation, events) =>
        {
            change(page, organisation, events);
            return page;
        });

    private async Task<Payload<T>> OnPageAsync<T>(string pageId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Func<Page, Organisation, PageEvents, T> change)
        where T : class
    {
        if (!ids.TryDecode<Guid>(pageId, "Page", out var id))
            return Payload<T>.Refused(PageNotFound());
        return await ChangeAsync(fields, caller, cancellationToken, pages => pages.SingleOrDefaultAsync(p => p.Id == id, cancellationToken),
            (page, organisation, events) => change(page, organisation, events), PageNotFound);
    }

    private async Task<Payload<PagePost>> OnPostAsync(string postId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Action<Page, PagePost, Organisation, PageEvents> change)
    {
        if (!ids.TryDecode<Guid>(postId, "PagePost", out var id))
            return Payload<PagePost>.Refused(PostNotFound());
        return await ChangeAsync(fields, caller, cancellationToken, pages => pages.SingleOrDefaultAsync(p => p.Posts.Any(post => post.Id == id), cancellationToken),
            (page, organisation, events) =>
            {
                var post = page.Posts.Single(p => p.Id == id);
                change(page, post, organisation, events);
                return post;
            }, PostNotFound);
    }

    private async Task<Payload<T>> ChangeAsync<T>(InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Func<IQueryable<Page>, Task<Page?>> find, Func<Page, Organisation, PageEvents, T> change, Func<MutationError> whenMissing)
        where T : class
    {
        var events = new PageEvents();
        var payload = await PromotionalRun.RunAsync(fields, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var page = await find(db.Pages.IncludeAggregate());
            if (page is null || !await caller.ActsForAsync(page))
                return null;
            var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == page.OrganisationId, cancellationToken);
            var changed = change(page, organisation, events);
            await db.SaveChangesAsync(cancellationToken);
            return changed;
        }, whenMissing);
        if (payload.Errors.Count == 0)
            await events.PublishAsync(bus);
        return payload;
    }

    /// <summary>A member's engagement with a Page they may see (a live one); anything else is not found.</summary>
    private async Task<Payload<Page>> AsMemberAsync(string pageId, PageCaller caller, string action, CancellationToken cancellationToken,
        Func<SermoDbContext, Page, Physician, Task> engage)
    {
        if (!ids.TryDecode<Guid>(pageId, "Page", out var id))
            return Payload<Page>.Refused(PageNotFound());
        return await MutationConventions.RunAsync(InputFields.None, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var member = await MemberAsync(db, caller, action, cancellationToken);
            var page = await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (page is null || !await caller.MaySeeAsync(page, cancellationToken))
                return null;
            await engage(db, page, member);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException twice) when (UniqueKeyViolation.Is(twice))
            {
                // The same member's simultaneous request recorded it first: the key made it count once.
            }
            return page;
        }, PageNotFound);
    }

    /// <summary>The agency's person acting for the organisation, through the domain's mandate rule.</summary>
    private EditorIdentity Editor(Organisation organisation, PageCaller caller) =>
        caller.Caller.AgencyId is { } agency
            ? EditorIdentity.ActingFor(organisation, agency, caller.Person, Now)
            : throw new DomainRuleException(DomainErrorCodes.AgencyNotMandated, "Only an agency acting for the organisation edits its Pages; the token names no agency.");

    private static ReviewerIdentity Reviewer(Organisation organisation, PageCaller caller) =>
        caller.Caller.OrganisationId == organisation.Id
            ? ReviewerIdentity.Of(organisation, caller.Person)
            : throw new DomainRuleException(DomainErrorCodes.ReviewerNotOfOrganisation, "The reviewer reviews for another organisation.");

    private static async Task<Physician> MemberAsync(SermoDbContext db, PageCaller caller, string action, CancellationToken cancellationToken)
    {
        var member = caller.Caller.PhysicianId is { } id
            ? await db.Physicians.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : null;
        if (member is null)
            throw new DomainRuleException(DomainErrorCodes.PhysicianNotVerified, $"Only verified physicians can {action}; the token acts for no member.");
        member.EnsureVerified(action);
        return member;
    }

    private static MutationError PageNotFound() => MutationConventions.NotFound("pageId", "Page");

    private static MutationError PostNotFound() => MutationConventions.NotFound("postId", "post");

    private static MutationError OrganisationNotFound() => MutationConventions.NotFound("organisationId", "organisation");
}
