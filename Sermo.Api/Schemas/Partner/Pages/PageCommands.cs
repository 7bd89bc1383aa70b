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

/// <summary>The Pages workflow of a Page itself, for agencies acting for its organisation: create, revise, submit for
/// review, publish the approved revision, archive (<see cref="PageChanges"/> runs them).</summary>
public sealed class PageCommands(PageChanges changes)
{
    private static readonly InputFields PageContentFields = new([("Slug", "slug"), .. PageContentInput.Fields]);

    public async Task<Payload<Page>> CreatePageAsync(CreatePageInput input, PageCaller caller, CancellationToken cancellationToken)
    {
        if (!changes.Ids.TryDecode<Guid>(input.OrganisationId, "Organisation", out var organisationId))
            return Payload<Page>.Refused(PageChanges.OrganisationNotFound());
        return await PromotionalRun.RunAsync(PageContentFields, async () =>
        {
            await using var db = await changes.Contexts.CreateDbContextAsync(cancellationToken);
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
            if (organisation is null || !await caller.ActsForAsync(organisation))
                return null;
            var page = Page.Create(organisation, input.Slug, input.Content.ToContent(changes.Ids), await PageChanges.ImagesAsync(db, input.Content.ImageKeys(changes.Ids), cancellationToken),
                changes.Editor(organisation, caller), changes.Now);
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
        }, PageChanges.OrganisationNotFound);
    }

    public Task<Payload<Page>> RevisePageAsync(RevisePageInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPageAsync(input.PageId, PageContentFields, caller, cancellationToken, (page, organisation, _, images) =>
        {
            page.Revise(input.Content.ToContent(changes.Ids), images, changes.Editor(organisation, caller), changes.Now);
        }, () => input.Content.ImageKeys(changes.Ids));

    public Task<Payload<Page>> SubmitPageAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPageAsync(input.PageId, PageContentFields, caller, cancellationToken, (page, organisation, events) =>
        {
            page.SubmitForReview(changes.Editor(organisation, caller), changes.Now);
            events.Submitted(new PageSubmitted(page.OrganisationId, page.Id, null, page.StagingRevision, changes.Now));
        });

    public Task<Payload<Page>> PublishPageAsync(PublishPageRevisionInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPageAsync(input.PageId, new InputFields(("Revision", "revision")), caller, cancellationToken, (page, organisation, _) =>
            page.Publish(changes.Editor(organisation, caller), input.Revision, changes.Now));

    public Task<Payload<Page>> ArchivePageAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPageAsync(input.PageId, InputFields.None, caller, cancellationToken, (page, organisation, _) =>
            page.Archive(changes.Editor(organisation, caller), changes.Now));

}
