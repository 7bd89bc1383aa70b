using System.Text.Json;

namespace Sermo.Tests.Partner;

/// <summary>Polls a test makes for itself through the staff's <c>createPoll</c> (so it never depends on the seed's), and
/// votes cast through <c>voteInPoll</c>, as a frontend would.</summary>
public static class TestPolls
{
    public const string VoteMutation = """
        mutation($input: VoteInPollInput!) { voteInPoll(input: $input) {
          poll { id totalVotes viewerHasVoted viewerChoice { id } options { id votes } } errors { code message path } } }
        """;

    /// <summary>A poll opening and closing at the times given; returns its id and its options' ids, in order.</summary>
    public static async Task<(string Id, IReadOnlyList<string> OptionIds)> CreateAsync(
        GraphClient staff, DateTimeOffset opensAt, DateTimeOffset closesAt, string[]? targetCountries = null, int options = 3)
    {
        var payload = (await staff.DataAsync("""
            mutation($input: CreatePollInput!) { createPoll(input: $input) { poll { id options { id } } errors { code message path } } }
            """, new
        {
            input = new
            {
                question = $"Test poll {Guid.NewGuid():N}?",
                options = Enumerable.Range(1, options).Select(i => $"Answer {i}").ToArray(),
                opensAt,
                closesAt,
                targetCountries = targetCountries ?? [],
            },
        })).GetProperty("createPoll");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var poll = payload.GetProperty("poll");
        return (poll.GetProperty("id").GetString()!, poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList());
    }

    /// <summary>A poll open from a minute ago until tomorrow.</summary>
    public static Task<(string Id, IReadOnlyList<string> OptionIds)> CreateOpenAsync(GraphClient staff, params string[] targetCountries) =>
        CreateAsync(staff, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1), targetCountries);

    /// <summary>The <c>voteInPoll</c> payload of one vote.</summary>
    public static async Task<JsonElement> VoteAsync(GraphClient member, string pollId, string optionId) =>
        (await member.DataAsync(VoteMutation, new { input = new { pollId, optionId } })).GetProperty("voteInPoll");

    /// <summary>The codes of a payload's errors.</summary>
    public static IEnumerable<string?> ErrorCodes(JsonElement payload) =>
        payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString());
}
