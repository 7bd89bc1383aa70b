using System.Text.Json;
using Sermo.Api.Auth;
using Sermo.Domain.Physicians;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Subscriptions;

namespace Sermo.Tests.Partner;

/// <summary><c>pollTallies</c> over graphql-transport-ws, with two server instances on one Redis and one database: a vote
/// on one instance reaches a subscriber on the other; the tally rule refuses, when subscribing, every caller it hides the
/// tallies from (a member who has not voted, callers outside the community, a poll they may not see).</summary>
public sealed class PollTalliesSubscriptionTests : IAsyncLifetime
{
    private const string Subscription = "subscription($id: ID!) { pollTallies(pollId: $id) { totalVotes options { votes option { id text } } poll { id question } } }";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"sermo-poll-tallies-{Guid.NewGuid():N}.db");
    private RedisServer _redis = null!;
    private SermoServer _first = null!;
    private SermoServer _second = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartNewAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = _redis.Configuration + ",connectTimeout=2000",
            ["ConnectionStrings:Sermo"] = $"Data Source={_database}",
        };
        _first = SermoServer.Start(configuration);
        _second = SermoServer.Start(configuration);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _redis.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            File.Delete(file);
    }

    [Fact]
    public async Task A_vote_on_one_instance_reaches_a_subscriber_on_the_other_with_the_exact_tallies()
    {
        var voters = await TestMembers.CreateVerifiedAsync(_first, 6);
        var (pollId, options) = await TestPolls.CreateOpenAsync(Staff(_first));
        await using var staff = await SubscribeAsync(_second, _second.IssueToken("staff-watch", SermoRoles.Staff), pollId);
        var initial = await NextAsync(staff);
        Assert.Equal(0, initial.GetProperty("totalVotes").GetInt32());
        Assert.Equal(options, initial.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("option").GetProperty("id").GetString()));

        Assert.Empty((await TestPolls.VoteAsync(Member(_first, voters[0]), pollId, options[1])).GetProperty("errors").EnumerateArray());
        var first = await NextAsync(staff);
        Assert.Equal(1, first.GetProperty("totalVotes").GetInt32());
        Assert.Equal([0, 1, 0], first.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()));
        Assert.Equal(pollId, first.GetProperty("poll").GetProperty("id").GetString());

        // Five more at once: whatever order the events cross Redis in, the subscriber ends on the exact tallies.
        await Task.WhenAll(voters.Skip(1).Select((voter, i) => TestPolls.VoteAsync(Member(_first, voter), pollId, options[i % 2])));
        JsonElement last;
        do
            last = await NextAsync(staff);
        while (last.GetProperty("totalVotes").GetInt32() < voters.Count);
        Assert.Equal([3, 3, 0], last.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()));

        // A member who has voted follows the tallies too, from the other instance.
        await using var voter = await SubscribeAsync(_first, _first.IssueToken(voters[0].Id.ToString(), SermoRoles.Physician), pollId);
        Assert.Equal(voters.Count, (await NextAsync(voter)).GetProperty("totalVotes").GetInt32());
    }

    [Fact]
    public async Task Callers_the_tally_rule_hides_the_tallies_from_are_refused_when_subscribing()
    {
        var members = await TestMembers.CreateVerifiedAsync(_first, 2);
        var (pollId, options) = await TestPolls.CreateOpenAsync(Staff(_first));
        Assert.Empty((await TestPolls.VoteAsync(Member(_first, members[0]), pollId, options[0])).GetProperty("errors").EnumerateArray());

        var notVoted = await RefusalAsync(_second, _second.IssueToken(members[1].Id.ToString(), SermoRoles.Physician), pollId);
        Assert.Equal("AUTH_NOT_AUTHORIZED", notVoted.Code);
        Assert.Contains("voted", notVoted.Message);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await RefusalAsync(_second, null, pollId)).Code);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await RefusalAsync(_second, _second.IssueToken("agency-user", SermoRoles.Agency), pollId)).Code);
        var missing = await RefusalAsync(_second, _second.IssueToken("staff-watch", SermoRoles.Staff), PartnerIds.Of(_second, "Poll", Guid.NewGuid()));
        Assert.Equal("NOT_FOUND", missing.Code);

        // Once they vote, the same member follows the tallies.
        Assert.Empty((await TestPolls.VoteAsync(Member(_first, members[1]), pollId, options[1])).GetProperty("errors").EnumerateArray());
        await using var socket = await SubscribeAsync(_second, _second.IssueToken(members[1].Id.ToString(), SermoRoles.Physician), pollId);
        Assert.Equal(2, (await NextAsync(socket)).GetProperty("totalVotes").GetInt32());
    }

    private static GraphClient Staff(SermoServer server) => new(server, server.IssueToken("staff-polls", SermoRoles.Staff));

    private static GraphClient Member(SermoServer server, Physician member) => new(server, server.IssueToken(member.Id.ToString(), SermoRoles.Physician));

    private static async Task<RawSocket> SubscribeAsync(SermoServer server, string? token, string pollId)
    {
        var socket = await RawSocket.ConnectAsync(server.BaseAddress, "/graphql", "graphql-transport-ws");
        await socket.SendJsonAsync(token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = (object)new { Authorization = $"Bearer {token}" } });
        Assert.Equal("connection_ack", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
        await socket.SendJsonAsync(new { id = "tallies", type = "subscribe", payload = new { query = Subscription, variables = new { id = pollId } } });
        return socket;
    }

    /// <summary>The next update's <c>pollTallies</c>, skipping keep-alives.</summary>
    private static async Task<JsonElement> NextAsync(RawSocket socket)
    {
        var next = await socket.ReceiveJsonAsync("next", "ping", "pong");
        Assert.False(next.GetProperty("payload").TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return next.GetProperty("payload").GetProperty("data").GetProperty("pollTallies");
    }

    /// <summary>The refusal of a subscription: one <c>error</c> message, and no tallies before it.</summary>
    private static async Task<(string? Code, string? Message)> RefusalAsync(SermoServer server, string? token, string pollId)
    {
        await using var socket = await SubscribeAsync(server, token, pollId);
        var error = await socket.ReceiveJsonAsync("error", "ping", "pong");
        var first = error.GetProperty("payload")[0];
        return (first.GetProperty("extensions").GetProperty("code").GetString(), first.GetProperty("message").GetString());
    }
}
