using System.Text.Json;
using Sermo.Api.Auth;
using Xunit.Abstractions;

namespace Sermo.Tests.Partner;

/// <summary>The case feed costs a constant number of SQL commands whatever the page size: cases, their authors, their
/// responses and the responders each come from one batched command (plus the caller's membership check), counted
/// by an EF Core interceptor on the real server.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class CasesSqlCommandTests(PartnerGraphFixture fixture, ITestOutputHelper output)
{
    private const string Feed = """
        query($first: Int!) { cases(first: $first) { nodes { id title status postedAt
          patient { ageBand sex history findings }
          author { displayName yearsInPractice }
          advice { body postedAt author { displayName } } } } }
        """;

    /// <summary>The most commands issue 11 allows for the feed: at most 5 whatever the page size.</summary>
    private const int MaxCommands = 5;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Fifty_cases_with_authors_patients_advice_and_advisers_cost_the_same_few_commands_as_ten(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var token = server.IssueToken(members.VerifiedNamed.Id.ToString(), SermoRoles.Physician);

        // Whether an anonymous author is shown depends on the member counts, read once a minute for every request
        // (VerifiedMemberCountsSource): one page first, so neither measure pays that shared read.
        await FeedAsync(provider, token, 1);
        var (fifty, fiftyCommands) = await FeedAsync(provider, token, 50);
        var (ten, tenCommands) = await FeedAsync(provider, token, 10);

        Assert.Equal(50, fifty.Count);
        Assert.Equal(10, ten.Count);
        // The page must really hold what is counted: advice from several advisers.
        var advice = fifty.SelectMany(c => c.GetProperty("advice").EnumerateArray()).ToList();
        Assert.True(advice.Count >= 20, $"The demo seed's 50 newest cases carry {advice.Count} pieces of advice.");
        Assert.True(advice.Select(a => a.GetProperty("author").GetProperty("displayName").GetString()).Distinct().Count() >= 5);
        output.WriteLine($"{provider}: {fiftyCommands.Count} SQL commands for 50 cases, {tenCommands.Count} for 10:\n{string.Join("\n---\n", fiftyCommands)}");
        // Cases, authors, responses and advisers at least: fewer would mean the log missed some.
        Assert.True(fiftyCommands.Count >= 4, $"Only {fiftyCommands.Count} commands were recorded.");
        Assert.True(fiftyCommands.Count <= MaxCommands, $"{fiftyCommands.Count} commands for 50 cases:\n{string.Join("\n---\n", fiftyCommands)}");
        Assert.Equal(fiftyCommands.Count, tenCommands.Count);
    }

    private async Task<(IReadOnlyList<JsonElement> Cases, IReadOnlyList<string> Commands)> FeedAsync(string provider, string token, int first)
    {
        var (data, commands) = await LoggedRequest.PostAsync(fixture, provider, token, Feed, new { first });
        return ([.. data.GetProperty("cases").GetProperty("nodes").EnumerateArray()], commands);
    }
}
