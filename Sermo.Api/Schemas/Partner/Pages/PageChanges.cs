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

/// <summary>How a Pages mutation runs. Each finds its Page, asks the request's authorization whether the caller acts for
/// the Page's organisation (or, for members, may see it) and answers <c>NOT_FOUND</c> when not (never saying whether the
/// Page exists), builds the caller's identity through the domain (an editor identity only through the organisation's
/// mandate check, a reviewer's from the organisation its token names), lets the Page decide, saves once, then publishes
/// the change's events. The commands of each concern (<see cref="PageCommands"/>, <see cref="PagePostCommands"/>,
/// <see cref="PageReviewCommands"/>, <see cref="PageModerationCommands"/>, <see cref="PageEngagementCommands"/>) say only
/// what changes.</summary>
public sealed class PageChanges(IDbContextFactory<SermoDbContext> contexts, GlobalIdCodec ids, TimeProvider clock, IEventBus bus)
{
    public IDbContextFactory<SermoDbContext> Contexts => contexts;
    public GlobalIdCodec Ids => ids;
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A change of one Page, loaded whole and tracked; refused as not found unless the caller acts for its organisation.</summary>
    public Task<Payload<Page>> OnPageAsync(string pageId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Action<Page, Organisation, PageEvents> change) =>
        OnPageAsync(pageId, fields, caller, cancellationToken, (page, organisation, events, _) => change(page, organisation, events), NoImages);

    public Task<Payload<Page>> OnPageAsync(string pageId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Action<Page, Organisation, PageEvents, IReadOnlyCollection<StoredImage>> change, Func<IReadOnlyList<Guid?>> imageKeys) =>
        OnPageAsync<Page>(pageId, fields, caller, cancellationToken, (page, organisation, events, images) =>
        {
            change(page, organisation, events, images);
            return page;
        }, imageKeys);

    /// <param name="imageKeys">The images the new content names, read inside the run so a malformed id is a typed refusal;
    /// they are loaded and handed to the change, and the domain decides whether the Page may show them.</param>
    public async Task<Payload<T>> OnPageAsync<T>(string pageId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Func<Page, Organisation, PageEvents, IReadOnlyCollection<StoredImage>, T> change, Func<IReadOnlyList<Guid?>> imageKeys)
        where T : class
    {
        if (!ids.TryDecode<Guid>(pageId, "Page", out var id))
            return Payload<T>.Refused(PageNotFound());
        return await ChangeAsync(fields, caller, cancellationToken, pages => pages.SingleOrDefaultAsync(p => p.Id == id, cancellationToken),
            change, imageKeys, PageNotFound);
    }

    public Task<Payload<PagePost>> OnPostAsync(string postId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
        Action<Page, PagePost, Organisation, PageEvents> change) =>
        OnPostAsync(postId, fields, caller, cancellationToken, (page, post, organisation, events, _) => change(page, post, organisation, events), NoImages);

    public async Task<Payload<PagePost>> OnPostAsync(string postId, InputFields fields, PageCaller caller, CancellationToken cancellationToken,
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
    public static async Task<IReadOnlyCollection<StoredImage>> ImagesAsync(SermoDbContext db, IReadOnlyList<Guid?> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.StoredImages.AsNoTracking().Where(i => wanted.Contains(i.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>A member's engagement with a Page they may see (a live one); anything else is not found.</summary>
    public async Task<Payload<Page>> AsMemberAsync(string pageId, PageCaller caller, string action, CancellationToken cancellationToken,
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
    public EditorIdentity Editor(Organisation organisation, PageCaller caller) =>
        caller.Caller.AgencyId is { } agency
            ? EditorIdentity.ActingFor(organisation, agency, caller.Person, Now)
            : throw new DomainRuleException(DomainErrorCodes.AgencyNotMandated, "Only an agency acting for the organisation edits its Pages; the token names no agency.");

    /// <summary>The reviewer as the token names them: its subject, of the organisation its claim names (the Page decides
    /// whether that is its own).</summary>
    public static ReviewerIdentity Reviewer(PageCaller caller) =>
        caller.Caller.OrganisationId is { } organisation
            ? ReviewerIdentity.Of(organisation, caller.Person)
            : throw new DomainRuleException(DomainErrorCodes.ReviewerNotOfOrganisation, "The token names no organisation to review for.");

    public static async Task<Physician> MemberAsync(SermoDbContext db, PageCaller caller, string action, CancellationToken cancellationToken)
    {
        var member = caller.Caller.PhysicianId is { } id
            ? await db.Physicians.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : null;
        if (member is null)
            throw new DomainRuleException(DomainErrorCodes.PhysicianNotVerified, $"Only verified physicians can {action}; the token acts for no member.");
        member.EnsureVerified(action);
        return member;
    }

    public static MutationError PageNotFound() => MutationConventions.NotFound("pageId", "Page");

    public static MutationError PostNotFound() => MutationConventions.NotFound("postId", "post");

    public static MutationError OrganisationNotFound() => MutationConventions.NotFound("organisationId", "organisation");
}
