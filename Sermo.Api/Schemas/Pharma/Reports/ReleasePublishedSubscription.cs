using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Sermo.Api.Events;
using Sermo.Api.Reports;
using Sermo.Domain.Reports;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary><c>releasePublished</c>: each release as it is published (on any instance: the event bus carries the id,
/// over Redis between instances), read from the release tables for this subscriber. Entitlement is checked when
/// subscribing (a release says nothing about any class, so nothing per event).</summary>
public static class ReleasePublishedSubscription
{
    public static async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(IResolverContext context)
    {
        if (!PharmaEntitlement.Of(context.User).HasCompany)
            throw NotEntitled.Error();
        var services = context.Services;
        var events = await services.GetRequiredService<IEventBus>().SubscribeAsync<ReportReleasePublished>(ReportReleasePublished.Topic, context.CancellationToken);
        return Releases(events, services.GetRequiredService<IDbContextFactory<ReportReleasesContext>>(), context.CancellationToken);
    }

    private static async IAsyncEnumerable<object?> Releases(EventSubscription<ReportReleasePublished> events, IDbContextFactory<ReportReleasesContext> releases,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using (events)
        {
            await foreach (var published in events.WithCancellation(cancellationToken))
            {
                await using var db = await releases.CreateDbContextAsync(cancellationToken);
                // The event follows the commit, so the release is there; one a later clean-up removed is skipped.
                if (await db.Releases.SingleOrDefaultAsync(r => r.Id == published.ReleaseId, cancellationToken) is { } release)
                    yield return release;
            }
        }
    }
}
