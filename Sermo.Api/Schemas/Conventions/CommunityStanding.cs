using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>Ends a community subscription's event stream once its caller no longer takes part in the community (a member
/// suspended after subscribing): the standing decided at subscribe is read again before events are delivered, from the
/// database (not the operation's cached membership), at most once per <see cref="MaxAge"/> so a busy topic costs one
/// primary-key read per subscriber every few seconds, not one per event. Staff tokens have no standing to lose.</summary>
public static class CommunityStanding
{
    /// <summary>How long a suspended member may still receive events: the longest a standing read is reused.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    public static IAsyncEnumerable<object?> WhileInCommunity(IAsyncEnumerable<object?> events, IResolverContext context)
    {
        var caller = new Caller(context.User);
        if (caller.IsStaff || caller.PhysicianId is not { } memberId)
            return events;
        var services = context.Services;
        return WhileVerified(events, memberId, services.GetRequiredService<IDbContextFactory<SermoDbContext>>(),
            services.GetRequiredService<TimeProvider>(), context.CancellationToken);
    }

    private static IAsyncEnumerable<object?> WhileVerified(
        IAsyncEnumerable<object?> events, Guid memberId, IDbContextFactory<SermoDbContext> contexts, TimeProvider clock, CancellationToken cancellationToken) =>
        WhileStill(events, async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var status = await db.Physicians.AsNoTracking().Where(p => p.Id == memberId).Select(p => (PhysicianStatus?)p.Status).SingleOrDefaultAsync(ct);
            return status == PhysicianStatus.Verified;
        }, clock, cancellationToken);

    /// <summary>Passes events on while <paramref name="stillAllowed"/> holds, asking it again at most <see cref="MaxAge"/>
    /// apart (it held when the subscription opened, a moment ago), and ends the stream once it does not.</summary>
    public static async IAsyncEnumerable<object?> WhileStill(
        IAsyncEnumerable<object?> events, Func<CancellationToken, Task<bool>> stillAllowed, TimeProvider clock,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var checkedAt = clock.GetUtcNow();
        await foreach (var item in events.WithCancellation(cancellationToken))
        {
            if (clock.GetUtcNow() - checkedAt >= MaxAge)
            {
                if (!await stillAllowed(cancellationToken))
                    yield break;
                checkedAt = clock.GetUtcNow();
            }
            yield return item;
        }
    }
}
