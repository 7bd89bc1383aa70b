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

/// <summary>Staff suspend and reinstate Pages (<see cref="PageChanges"/> runs them).</summary>
public sealed class PageModerationCommands(PageChanges changes)
{
    private static readonly InputFields SuspensionFields = new(("Reason", "reason"));

    public Task<Payload<Page>> SuspendPageAsync(SuspendPageInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPageAsync(input.PageId, SuspensionFields, caller, cancellationToken, (page, _, _) =>
            page.Suspend(StaffIdentity.Of(caller.Person), input.Reason, changes.Now));

    public Task<Payload<Page>> ReinstatePageAsync(PageIdInput input, PageCaller caller, CancellationToken cancellationToken) =>
        changes.OnPageAsync(input.PageId, InputFields.None, caller, cancellationToken, (page, _, _) =>
            page.Reinstate(StaffIdentity.Of(caller.Person)));

}
