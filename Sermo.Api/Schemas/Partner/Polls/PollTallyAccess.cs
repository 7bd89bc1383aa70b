using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Polls;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>How the graph asks the domain's tally rule (<see cref="Poll.TalliesVisibleTo"/>) about a caller: every
/// tally, total and live update goes through here, so none decides on its own. It only supplies the rule's inputs:
/// who the caller is to the rule, whether they voted, and now.</summary>
public sealed class PollTallyAccess(TimeProvider clock)
{
    /// <summary>Whether the request's caller sees <paramref name="poll"/>'s tallies now.</summary>
    public async Task<bool> VisibleAsync(Poll poll, IResolverContext context)
    {
        var caller = new Caller(context.User);
        var viewer = await ViewerAsync(caller, context.Services.GetRequiredService<CallerMembership>(), context.CancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var withoutVote = poll.TalliesVisibleTo(viewer, viewerHasVoted: false, now);
        // Look the caller's vote up only when the answer depends on it.
        if (withoutVote == poll.TalliesVisibleTo(viewer, viewerHasVoted: true, now))
            return withoutVote;
        var voted = caller.PhysicianId is { } member && await context.DataLoader<PollVoteByVoter>().LoadAsync(new PollVoter(poll.Id, member)) is not null;
        return poll.TalliesVisibleTo(viewer, voted, now);
    }

    /// <summary>The caller as the rule sees them: staff, a verified member, or the public (everyone else, including
    /// members whose membership is not or no longer verified).</summary>
    public static async Task<PollViewer> ViewerAsync(Caller caller, CallerMembership membership, CancellationToken cancellationToken)
    {
        if (caller.IsStaff)
            return PollViewer.Staff;
        return (await membership.MemberAsync(caller, cancellationToken))?.IsVerified == true ? PollViewer.Member : PollViewer.Public;
    }
}
