using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Domain.Persistence;
using Sermo.Domain.Polls;
using Sermo.GraphQL.Relay;
using Sermo.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sermo.Tests.Partner;

/// <summary>3,000 members vote on one poll at once, over HTTP against the real server, on SQLite and PostgreSQL: every
/// member counts exactly once, the tallies equal the stored votes exactly, and a second vote (also one sent at the same
/// moment as the first) is ALREADY_VOTED and counts nothing. A correctness test: the throughput is printed, not asserted.
/// A server and database of its own, so the shared demo servers never see these members.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PollVotingConcurrencyTests(PostgresServer postgres, ITestOutputHelper output)
{
    private const int Voters = 3_000;
    private const int RacingPairs = 100;
    private const int Connections = 32;
    private const string Vote = "mutation($input: VoteInPollInput!) { voteInPoll(input: $input) { errors { code } } }";

    [Theory]
    [InlineData(PartnerGraphFixture.Sqlite)]
    [InlineData(PartnerGraphFixture.Postgres)]
    public async Task Three_thousand_members_voting_at_once_count_exactly_once_each(string provider)
    {
        await using var server = SermoServer.Start(provider == PartnerGraphFixture.Postgres
            ? new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Sermo"] = await postgres.CreateDatabaseAsync($"poll_voting_{Guid.NewGuid():N}"[..40]),
                ["Database:MigrateOnStart"] = "true",
            }
            : null);
        var members = await TestMembers.CreateVerifiedAsync(server, Voters);
        var (pollId, options) = await TestPolls.CreateOpenAsync(new GraphClient(server, server.IssueToken("staff-polls", SermoRoles.Staff)));
        // Each member's choice and token, made before the clock starts; the first RacingPairs members send two votes at once.
        var ballots = members.Select((m, i) => (Token: server.IssueToken(m.Id.ToString(), SermoRoles.Physician), Option: options[i % options.Count]))
            .SelectMany((b, i) => i < RacingPairs ? [b, b with { Option = options[(i + 1) % options.Count] }] : new[] { b })
            .ToList();
        var codes = new ConcurrentBag<string>();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = server.BaseAddress };

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ballots, new ParallelOptions { MaxDegreeOfParallelism = Connections }, async (ballot, cancellationToken) =>
            codes.Add(await VoteAsync(http, ballot.Token, pollId, ballot.Option, cancellationToken)));
        clock.Stop();

        output.WriteLine($"{provider}: {ballots.Count:N0} votes ({Voters:N0} members, {RacingPairs} of them voting twice at once) " +
            $"in {clock.Elapsed.TotalSeconds:F1} s over {Connections} connections: {ballots.Count / clock.Elapsed.TotalSeconds:F0} votes/s");
        Assert.Equal(Voters, codes.Count(c => c == "OK"));
        Assert.Equal(RacingPairs, codes.Count(c => c == "ALREADY_VOTED"));

        var late = await VoteAsync(http, ballots[^1].Token, pollId, options[0], CancellationToken.None);
        Assert.Equal("ALREADY_VOTED", late);

        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var key = server.Services.GetRequiredService<GlobalIdCodec>().Decode<Guid>(pollId, "Poll");
        var stored = await db.PollVotes.Where(v => v.PollId == key).GroupBy(v => v.OptionId).Select(g => new { Option = g.Key, Votes = g.Count() }).ToListAsync();
        var poll = await db.Polls.AsNoTracking().SingleAsync(p => p.Id == key);
        Assert.Equal(Voters, stored.Sum(s => s.Votes));
        Assert.Equal(Voters, await db.PollVotes.Where(v => v.PollId == key).Select(v => v.PhysicianId).Distinct().CountAsync());
        Assert.All(poll.Options, o => Assert.Equal(stored.SingleOrDefault(s => s.Option == o.Id)?.Votes ?? 0, o.VoteCount));
        Assert.Equal(Voters, poll.TotalVotes);
    }

    /// <summary>"OK", or the payload's one error code.</summary>
    private static async Task<string> VoteAsync(HttpClient http, string token, string pollId, string optionId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Vote, variables = new { input = new { pollId, optionId } } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        var refusals = root.GetProperty("data").GetProperty("voteInPoll").GetProperty("errors");
        return refusals.GetArrayLength() == 0 ? "OK" : refusals[0].GetProperty("code").GetString()!;
    }
}
