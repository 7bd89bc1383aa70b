using Sermo.Domain.Polls;
using Sermo.Seeding;

namespace Sermo.Tests.Seeding;

/// <summary>The demo's polls are dated around the instant the host seeds at, so a server started any day has a poll open
/// to vote in, and the same instant still gives the same rows.</summary>
public class SeedPollScheduleTests
{
    private static readonly DateTime SeededAt = new(2027, 5, 19, 14, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void The_newest_poll_is_open_at_the_instant_seeded_for_and_the_older_ones_have_closed()
    {
        var polls = new SeedGenerator(SeedPlan.Demo with { CurrentPollAt = SeededAt }).Generate().Polls.OrderBy(p => p.OpensAt).ToList();

        Assert.Equal(PollState.Open, polls[^1].StateAt(SeededAt));
        Assert.Empty(polls[^1].TargetCountries);
        Assert.True(polls[^1].TotalVotes > 0);
        Assert.All(polls[..^1], p => Assert.Contains(p.StateAt(SeededAt), new[] { PollState.Closed, PollState.Published }));
        Assert.Contains(polls, p => p.StateAt(SeededAt) == PollState.Published);
        Assert.Contains(polls, p => p.StateAt(SeededAt) == PollState.Closed);
        Assert.All(polls.SelectMany(p => p.Votes), v => Assert.True(v.CastAt <= SeededAt));
    }

    [Fact]
    public void The_same_instant_gives_the_same_polls_and_without_one_they_are_dated_from_the_fixed_instant()
    {
        var first = new SeedGenerator(SeedPlan.Demo with { CurrentPollAt = SeededAt }).Generate().Polls;
        var again = new SeedGenerator(SeedPlan.Demo with { CurrentPollAt = SeededAt }).Generate().Polls;
        var fixedDates = new SeedGenerator(SeedPlan.Demo).Generate().Polls;

        Assert.Equal(first.Select(p => (p.Id, p.OpensAt, p.TotalVotes)), again.Select(p => (p.Id, p.OpensAt, p.TotalVotes)));
        Assert.Equal(PollState.Open, fixedDates.MaxBy(p => p.OpensAt)!.StateAt(SeedPlan.AsOf));
    }
}
