using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Domain.Persistence;

namespace Sermo.Tests.Partner;

/// <summary>What the graph shows beside an anonymous member must not narrow their practice below what their profile's
/// <c>practice</c> shows: a case names its specialty, so it names its author only where the author's specialty is shown
/// anyway (and so do the author's own responses on it); a poll names its target countries, so it names a member author
/// only where the author's country is shown. Checked for every anonymous member of the demo seed, as a colleague reads.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class LinkedToMemberTests(PartnerGraphFixture fixture)
{
    private const string CasePage = """
        query($after: String) { cases(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
          nodes { id specialty { code } author { id } responses { kind author { id } } } } }
        """;

    private const string PollPage = """
        query($after: String) { polls(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
          nodes { id targetCountries author { id } } } }
        """;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Nothing_shown_beside_an_anonymous_member_narrows_their_practice_below_their_profile(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var reader = members.VerifiedNamed;
        var client = fixture.Client(provider, server.IssueToken(reader.Id.ToString(), SermoRoles.Physician));
        var anonymous = members.All.Where(p => p.IsAnonymous && p.Id != reader.Id).ToDictionary(p => PartnerIds.Of(server, "Physician", p.Id));
        var shown = await ShownPracticesAsync(client, anonymous.Keys.ToList());
        Dictionary<string, Guid> caseAuthors;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync())
            caseAuthors = (await db.Cases.AsNoTracking().Select(c => new { c.Id, c.AuthorId }).ToListAsync())
                .ToDictionary(c => PartnerIds.Of(server, "Case", c.Id), c => c.AuthorId);

        var withheldAuthors = 0;
        foreach (var @case in await AllAsync(client, CasePage, "cases"))
        {
            var author = PartnerIds.Of(server, "Physician", caseAuthors[@case.GetProperty("id").GetString()!]);
            // Responses of the author on their own case (answers, proposed actions) link them to its specialty just the same.
            var linked = new[] { @case.GetProperty("author") }
                .Concat(@case.GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("author")))
                .Where(p => p.ValueKind == JsonValueKind.Object && p.GetProperty("id").GetString() == author)
                .ToList();
            if (!shown.TryGetValue(author, out var practice) || practice.Specialty is not null)
                continue;
            withheldAuthors++;
            Assert.True(linked.Count == 0,
                $"Case {@case.GetProperty("id")} shows the specialty {@case.GetProperty("specialty")} beside its anonymous author {anonymous[author].Pseudonym}, whose profile shows no specialty ({practice}).");
        }
        // The seed has anonymous authors in specialties too rare to show: the rule above was exercised.
        Assert.True(withheldAuthors > 0, "No case of the seed has an anonymous author whose specialty is withheld.");

        foreach (var poll in await AllAsync(client, PollPage, "polls"))
        {
            if (poll.GetProperty("author") is not { ValueKind: JsonValueKind.Object } pollAuthor || poll.GetProperty("targetCountries").GetArrayLength() == 0)
                continue;
            var author = pollAuthor.GetProperty("id").GetString()!;
            Assert.False(shown.TryGetValue(author, out var practice) && practice.Country is null,
                $"Poll {poll.GetProperty("id")} shows its target countries {poll.GetProperty("targetCountries")} beside its anonymous author, whose profile shows no country.");
        }
    }

    private static async Task<Dictionary<string, (string? Specialty, string? Country)>> ShownPracticesAsync(GraphClient client, IReadOnlyList<string> ids)
    {
        var shown = new Dictionary<string, (string?, string?)>();
        foreach (var chunk in ids.Chunk(100))
        {
            var data = await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Physician { id practice { specialty { code } country } } } }",
                new { ids = chunk });
            foreach (var node in data.GetProperty("nodes").EnumerateArray().Where(n => n.ValueKind == JsonValueKind.Object))
            {
                var practice = node.GetProperty("practice");
                shown[node.GetProperty("id").GetString()!] = (
                    practice.GetProperty("specialty") is { ValueKind: JsonValueKind.Object } specialty ? specialty.GetProperty("code").GetString() : null,
                    practice.GetProperty("country").GetString());
            }
        }
        return shown;
    }

    private static async Task<IReadOnlyList<JsonElement>> AllAsync(GraphClient client, string page, string field)
    {
        var all = new List<JsonElement>();
        string? after = null;
        do
        {
            var connection = (await client.DataAsync(page, new { after })).GetProperty(field);
            all.AddRange(connection.GetProperty("nodes").EnumerateArray());
            var pageInfo = connection.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return all;
    }
}
