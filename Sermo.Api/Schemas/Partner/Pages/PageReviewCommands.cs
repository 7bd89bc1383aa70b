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

/// <summary>Reviewers' decisions on a Page's revision or a post (<see cref="PageChanges"/> runs them): the reviewer
/// identity is the token's, and the Page decides whether it reviews for its organisation.</summary>
public sealed class PageReviewCommands(PageChanges changes)
{
    private static readonly InputFields DecisionFields = new(("Reason", "reason"), ("Revision", "revision"), ("Outcome", "outcome"));

    public Task<Payload<Page>> DecidePageAsync(DecidePageRevisionInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPageAsync(input.PageId, DecisionFields, caller, cancellationToken, (page, organisation, events) =>
        {
            var decision = page.RecordDecision(PageChanges.Reviewer(caller), input.Revision, input.Outcome, input.Reason, changes.Now);
            events.Decided(new PageDecided(page.OrganisationId, page.Id, null, decision.Id, decision.DecidedAt));
        });

    public Task<Payload<PagePost>> DecidePostAsync(DecidePostInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPostAsync(input.PostId, DecisionFields, caller, cancellationToken, (page, post, organisation, events) =>
        {
            var decision = page.RecordPostDecision(PageChanges.Reviewer(caller), post.Id, input.Revision, input.Outcome, input.Reason, changes.Now);
            events.Decided(new PageDecided(page.OrganisationId, page.Id, post.Id, decision.Id, decision.DecidedAt));
        });

}
