using Sermo.Api.Events;
using Sermo.Domain.Polls;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>A poll's tallies after a vote was saved: ids and counts only (no text, no voter), published on the event bus
/// on the poll's own topic. Each subscriber's copy passes the tally rule for that subscriber before it is shown.</summary>
public sealed record PollTallyChanged(Guid PollId, IReadOnlyList<PollOptionCount> Options)
{
    public const string Kind = "PollTallyChanged";

    /// <summary>Counts only grow, so of two snapshots of one poll the larger total is the later one.</summary>
    public int TotalVotes => Options.Sum(o => o.Votes);

    public static string TopicOf(Guid pollId) => EventTopic.For(Kind, pollId.ToString("N"));

    public static PollTallyChanged Of(Poll poll) =>
        new(poll.Id, [.. poll.Options.OrderBy(o => o.Position).Select(o => new PollOptionCount(o.Id, o.VoteCount))]);
}
