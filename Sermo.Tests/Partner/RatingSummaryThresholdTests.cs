using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Domain.Persistence;
using Sermo.Domain.Privacy;

namespace Sermo.Tests.Partner;

/// <summary>A drug's summary for an indication is one rater's scores when one member rated it, and the comment beside it
/// names that member. Summaries are therefore published to members only once at least 11 distinct members rated;
/// below that every figure is null and <c>tooFewRaters</c> says why, with no count or bound.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class RatingSummaryThresholdTests(PartnerGraphFixture fixture)
{
    private const string Rate = """
        mutation($input: RateDrugInput!) { rateDrug(input: $input) { rating { id } errors { code message } } }
        """;

    private const string Summary = """
        query($id: ID!, $indication: ID) { node(id: $id) { ... on Drug {
          ratingSummaries(indicationId: $indication) { tooFewRaters ratings
            efficacy { average distribution } safety { average distribution } tolerability { average distribution }
            accessibility { average distribution } adherence { average distribution } }
          comments(indicationId: $indication, first: 20) { nodes { comment rater { displayName } } } } } }
        """;

    private static readonly string[] Dimensions = ["efficacy", "safety", "tolerability", "accessibility", "adherence"];

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_summary_shows_no_figure_until_eleven_members_rated_and_then_the_exact_figures(string provider)
    {
        var server = fixture.Server(provider);
        var (drug, indication, alreadyRated) = await LeastRatedPairAsync(server);
        Assert.True(alreadyRated < 5, $"The least rated pair of the seed already has {alreadyRated} raters.");
        var ids = new { id = PartnerIds.Of(server, "Drug", drug), indication = PartnerIds.Of(server, "Indication", indication) };
        var reader = await NewMembers.SignedInAsync(server);

        // One new rater with a comment: the comment names them, so the summary must not show their scores.
        var first = await NewMembers.SignedInAsync(server);
        await RateAsync(first.Client, drug, indication, server, [1, 2, 5, 4, 3], "Rarely used in my practice; second line at best.");
        var alone = await SummaryAsync(reader.Client, ids);
        AssertHidden(alone.Summary);
        Assert.Contains(alone.Comments, c => c.GetProperty("rater").GetProperty("displayName").GetString() == first.Member.Pseudonym);

        // Up to ten raters: still hidden.
        for (var raters = alreadyRated + 1; raters < ProfileGeneralisation.MinimumMembers - 1; raters++)
            await RateAsync((await NewMembers.SignedInAsync(server)).Client, drug, indication, server, [3, 3, 3, 3, 3], null);
        Assert.Equal(ProfileGeneralisation.MinimumMembers - 1, await CurrentRatersAsync(server, drug, indication));
        AssertHidden((await SummaryAsync(reader.Client, ids)).Summary);

        // The eleventh: published, with the exact figures.
        await RateAsync((await NewMembers.SignedInAsync(server)).Client, drug, indication, server, [4, 4, 4, 4, 4], null);
        var shown = (await SummaryAsync(reader.Client, ids)).Summary;
        Assert.False(shown.GetProperty("tooFewRaters").GetBoolean());
        Assert.Equal(ProfileGeneralisation.MinimumMembers, shown.GetProperty("ratings").GetInt32());
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var efficacy = await db.DrugRatings.Where(r => r.DrugId == drug && r.IndicationId == indication && r.IsCurrent).Select(r => r.Efficacy).ToListAsync();
        Assert.Equal(efficacy.Average(), shown.GetProperty("efficacy").GetProperty("average").GetDouble(), 9);
        Assert.Equal(ProfileGeneralisation.MinimumMembers, shown.GetProperty("efficacy").GetProperty("distribution").EnumerateArray().Sum(c => c.GetInt32()));
    }

    private static void AssertHidden(JsonElement summary)
    {
        Assert.True(summary.GetProperty("tooFewRaters").GetBoolean());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("ratings").ValueKind);
        foreach (var dimension in Dimensions)
            Assert.Equal(JsonValueKind.Null, summary.GetProperty(dimension).ValueKind);
    }

    private static async Task RateAsync(GraphClient client, Guid drug, Guid indication, Infrastructure.SermoServer server, int[] scores, string? comment)
    {
        var payload = (await client.DataAsync(Rate, new
        {
            input = new
            {
                drugId = PartnerIds.Of(server, "Drug", drug), indicationId = PartnerIds.Of(server, "Indication", indication),
                efficacy = scores[0], safety = scores[1], tolerability = scores[2], accessibility = scores[3], adherence = scores[4], comment,
            },
        })).GetProperty("rateDrug");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
    }

    private static async Task<(JsonElement Summary, IReadOnlyList<JsonElement> Comments)> SummaryAsync(GraphClient reader, object ids)
    {
        var drug = (await reader.DataAsync(Summary, ids)).GetProperty("node");
        return (Assert.Single(drug.GetProperty("ratingSummaries").EnumerateArray()), [.. drug.GetProperty("comments").GetProperty("nodes").EnumerateArray()]);
    }

    private static async Task<(Guid Drug, Guid Indication, int Raters)> LeastRatedPairAsync(Infrastructure.SermoServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var listed = (await db.Drugs.AsNoTracking().ToListAsync()).SelectMany(d => d.Indications.Select(i => (d.Id, i.IndicationId))).ToList();
        var counts = (await db.DrugRatings.Where(r => r.IsCurrent).GroupBy(r => new { r.DrugId, r.IndicationId })
            .Select(g => new { g.Key.DrugId, g.Key.IndicationId, Raters = g.Count() }).ToListAsync())
            .ToDictionary(c => (c.DrugId, c.IndicationId), c => c.Raters);
        return listed.Select(pair => (pair.Id, pair.IndicationId, counts.GetValueOrDefault(pair)))
            .OrderBy(pair => pair.Item3).ThenBy(pair => pair.Id).ThenBy(pair => pair.IndicationId).First();
    }

    private static async Task<int> CurrentRatersAsync(Infrastructure.SermoServer server, Guid drug, Guid indication)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        return await db.DrugRatings.CountAsync(r => r.DrugId == drug && r.IndicationId == indication && r.IsCurrent);
    }
}
