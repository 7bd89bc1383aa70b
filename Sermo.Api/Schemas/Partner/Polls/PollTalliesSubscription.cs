using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Sermo.Api.Events;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Persistence;
using Sermo.Domain.Polls;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary><c>pollTallies(pollId:)</c>: a poll's tallies as votes arrive, to a caller the domain's tally rule lets see
/// them. The rule is asked when subscribing (a caller it hides them from is refused, with nothing opened) and again for
/// each event with this subscriber's own facts (never the voter's whose vote caused it).</summary>
public static class PollTalliesSubscription
{
    public const string NotFoundMessage = "No poll the caller may see has that id.";
    public const string HiddenMessage = "A poll's tallies are shown to a member once they have voted in it, and to every member once it has closed.";

    public static async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(IResolverContext context)
    {
        var services = context.Services;
        var pollId = services.GetRequiredService<GlobalIdCodec>().Decode<Guid>((string?)context.Arguments["pollId"], "Poll");
        var clock = services.GetRequiredService<TimeProvider>();
        // Listen first: a vote saved while the poll is read below reaches this subscriber as an event.
        var events = await services.GetRequiredService<IEventBus>().SubscribeAsync<PollTallyChanged>(PollTallyChanged.TopicOf(pollId), context.CancellationToken);
        try
        {
            // Read directly, not through DataLoaders: a subscriber runs before the execution's batching loop does.
            await using var db = await services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync(context.CancellationToken);
            var poll = await db.Polls.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pollId, context.CancellationToken);
            if (poll is null || !await PollVisibility.MaySeeAsync(poll, context))
                throw FieldErrors.NotFound(NotFoundMessage);
            var caller = new Caller(context.User);
            var viewer = await PollTallyAccess.ViewerAsync(caller, services.GetRequiredService<CallerMembership>(), context.CancellationToken);
            var voted = caller.PhysicianId is { } member
                && await db.PollVotes.AnyAsync(v => v.PollId == poll.Id && v.PhysicianId == member, context.CancellationToken);
            if (!poll.TalliesVisibleTo(viewer, voted, clock.GetUtcNow().UtcDateTime))
                throw FieldErrors.NotAuthorized(HiddenMessage);
            return CommunityStanding.WhileInCommunity(Visible(PollTallyChanged.Of(poll), events, poll, viewer, voted, clock, context.CancellationToken), context);
        }
        catch
        {
            await events.DisposeAsync();
            throw;
        }
    }

    /// <summary>The tallies as read when subscribing, then each event that passes the rule for this subscriber. The poll
    /// and the subscriber's facts are those read when subscribing: none of them can turn a visible tally hidden later
    /// (votes are not withdrawn, closing and publishing only widen who sees), so reading them again per event would
    /// cost a query each for no change. An event overtaken by a later one (a smaller total) is skipped.</summary>
    private static async IAsyncEnumerable<object?> Visible(
        PollTallyChanged current, EventSubscription<PollTallyChanged> events, Poll poll, PollViewer viewer, bool voted, TimeProvider clock,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using (events)
        {
            yield return current;
            var shownTotal = current.TotalVotes;
            await foreach (var changed in events.WithCancellation(cancellationToken))
            {
                if (changed.TotalVotes <= shownTotal || !poll.TalliesVisibleTo(viewer, voted, clock.GetUtcNow().UtcDateTime))
                    continue;
                shownTotal = changed.TotalVotes;
                yield return changed;
            }
        }
    }
}
