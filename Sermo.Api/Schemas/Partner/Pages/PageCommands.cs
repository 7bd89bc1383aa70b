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
            var page = Page.Create(organisation, input.Slug, input.Content.ToContent(ids), await ImagesAsync(db, input.Content.ImageKeys(ids), cancellationToken),
                Editor(organisation, caller), Now);
            // Only what the team sees (its organisation's Pages) or what has been public (Pages gone live) holds a slug.
            if (await db.Pages.AnyAsync(p => p.Slug == page.Slug && (p.OrganisationId == organisation.Id || p.LiveRevision != null), cancellationToken))
                throw PageAddress.Taken(page.Slug);
            db.Pages.Add(page);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException taken) when (UniqueKeyViolation.Is(taken))
            {
                throw PageAddress.Taken(page.Slug);
            }
            return page;
        }, OrganisationNotFound);
    }

    public Task<Payload<Page>> RevisePageAsync(RevisePageInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, PageContentFields, caller, cancellationToken, (page, organisation, _, images) =>
        {
            page.Revise(input.Content.ToContent(ids), images, Editor(organisation, caller), Now);
        }, () => input.Content.ImageKeys(ids));

    public Task<Payload<Page>> SubmitPageAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, PageContentFields, caller, cancellationToken, (page, organisation, events) =>
        {
            page.SubmitForReview(Editor(organisation, caller), Now);
            events.Submitted(new PageSubmitted(page.OrganisationId, page.Id, null, page.StagingRevision, Now));
        });

    public Task<Payload<Page>> DecidePageAsync(DecidePageRevisionInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPageAsync(input.PageId, DecisionFields, caller, cancellationToken, (page, organisation, events) =>
        {
            var decision = page.RecordDecision(Reviewer(caller), input.Revision, input.Outcome, input.Reason, Now);
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
        OnPageAsync<PagePost>(input.PageId, PostContentFields, caller, cancellationToken, (page, organisation, _, images) =>
            page.DraftPost(input.Content.ToContent(ids), images, Editor(organisation, caller), Now), () => input.Content.ImageKeys(ids));

    public Task<Payload<PagePost>> RevisePostAsync(RevisePostInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPostAsync(input.PostId, PostContentFields, caller, cancellationToken, (page, post, organisation, _, images) =>
            page.RevisePost(post.Id, input.Content.ToContent(ids), images, Editor(organisation, caller)), () => input.Content.ImageKeys(ids));

    public Task<Payload<PagePost>> SubmitPostAsync(PostIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPostAsync(input.PostId, PostContentFields, caller, cancellationToken, (page, post, organisation, events) =>
        {
            page.SubmitPost(post.Id, Editor(organisation, caller), Now);
            events.Submitted(new PageSubmitted(page.OrganisationId, page.Id, post.Id, post.Revision, Now));
        });

    public Task<Payload<PagePost>> DecidePostAsync(DecidePostInput input, PageCaller caller, CancellationToken cancellationToken) =>
        OnPostAsync(input.PostId, DecisionFields, caller, cancellationToken, (page, post, organisation, events) =>
        {
            var decision = page.RecordPostDecision(Reviewer(caller), post.Id, input.Revision, input.Outcome, input.Reason, Now);
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
            // Two reactions of one member at once: the key refuses the second, which MutationConventions answers as a concurrent change.
            await db.SaveChangesAsync(cancellationToken);
            return page.Posts.Single();
        }, PostNotFound);
    }

    /// <summary>A change of one Page, loaded whole and tracked; refused as not found unless the caller acts for its organisation.</summary>
    private Task<Payload<Page>> OnPageAsync(string pageId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Action<Page, Organisation, PageEvents> change) =>
        OnPageAsync(pageId, fields, caller, cancellationToken, (page, organisation, events, _) => change(page, organisation, events), NoImages);

    private Task<Payload<Page>> OnPageAsync(string pageId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Action<Page, Organisation, PageEvents, IReadOnlyCollection<StoredImage>> change, Func<IReadOnlyList<Guid?>> imageKeys) =>
        OnPageAsync<Page>(pageId, fields, caller, cancellationToken, (page, organisation, events, images) =>
        {
            change(page, organisation, events, images);
            return page;
        }, imageKeys);

    /// <param name="imageKeys">The images the new content names, read inside the run so a malformed id is a typed refusal;
    /// they are loaded and handed to the change, and the domain decides whether the Page may show them.</param>
    private async Task<Payload<T>> OnPageAsync<T>(string pageId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Func<Page, Organisation, PageEvents, IReadOnlyCollection<StoredImage>, T> change, Func<IReadOnlyList<Guid?>> imageKeys)
        where T : class
    {
        if (!ids.TryDecode<Guid>(pageId, "Page", out var id))
            return Payload<T>.Refused(PageNotFound());
        return await ChangeAsync(fields, caller, cancellationToken, pages => pages.SingleOrDefaultAsync(p => p.Id == id, cancellationToken),
            change, imageKeys, PageNotFound);
    }

    private Task<Payload<PagePost>> OnPostAsync(string postId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Action<Page, PagePost, Organisation, PageEvents> change) =>
        OnPostAsync(postId, fields, caller, cancellationToken, (page, post, organisation, events, _) => change(page, post, organisation, events), NoImages);

    private async Task<Payload<PagePost>> OnPostAsync(string postId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Action<Page, PagePost, Organisation, PageEvents, IReadOnlyCollection<StoredImage>> change, Func<IReadOnlyList<Guid?>> imageKeys)
    {
        if (!ids.TryDecode<Guid>(postId, "PagePost", out var id))
            return Payload<PagePost>.Refused(PostNotFound());
        return await ChangeAsync(fields, caller, cancellationToken, pages => pages.SingleOrDefaultAsync(p => p.Posts.Any(post => post.Id == id), cancellationToken),
            (page, organisation, events, images) =>
            {
                var post = page.Posts.Single(p => p.Id == id);
                change(page, post, organisation, events, images);
                return post;
            }, imageKeys, PostNotFound);
    }

    private async Task<Payload<T>> ChangeAsync<T>(InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Func<IQueryable<Page>, Task<Page?>> find, Func<Page, Organisation, PageEvents, IReadOnlyCollection<StoredImage>, T> change,
        Func<IReadOnlyList<Guid?>> imageKeys, Func<MutationError> whenMissing)
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
            var images = await ImagesAsync(db, imageKeys(), cancellationToken);
            var changed = change(page, organisation, events, images);
            var goesLiveFirst = db.Entry(page).Property(p => p.LiveRevision).OriginalValue is null && PageAddress.HeldAcrossOrganisations(page);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException taken) when (goesLiveFirst && UniqueKeyViolation.Is(taken))
            {
                // The first publication takes the slug across organisations; a Page that went live has it already.
                throw PageAddress.Taken(page.Slug);
            }
            return changed;
        }, whenMissing);
        if (payload.Errors.Count == 0)
            await events.PublishAsync(bus);
        return payload;
    }

    private static IReadOnlyList<Guid?> NoImages() => [];

    /// <summary>The stored images with the keys given, whichever organisation they belong to: the domain refuses those
    /// of another organisation (<see cref="Page.Revise"/>), so nothing here decides.</summary>
    private static async Task<IReadOnlyCollection<StoredImage>> ImagesAsync(SermoDbContext db, IReadOnlyList<Guid?> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.StoredImages.AsNoTracking().Where(i => wanted.Contains(i.Id)).ToListAsync(cancellationToken);
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

    /// <summary>The reviewer as the token names them: its subject, of the organisation its claim names (the Page decides
    /// whether that is its own).</summary>
    private static ReviewerIdentity Reviewer(PageCaller caller) =>
        caller.Caller.OrganisationId is { } organisation
            ? ReviewerIdentity.Of(organisation, caller.Person)
            : throw new DomainRuleException(DomainErrorCodes.ReviewerNotOfOrganisation, "The token names no organisation to review for.");

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
