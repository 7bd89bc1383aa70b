using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Domain.Persistence;
using Sermo.Domain.Privacy;
using Sermo.Domain.Ratings;

namespace Sermo.Tests.Partner;

/// <summary>A drug's summary for an indication is one rater's scores when one member rated it, and the comment beside it
/// names that member. Summaries are therefore published to members only once at least 11 distinct members rated;
/// below that every figure is null and <c>tooFewRaters</c> says why, with no count or bound. And a published summary
/// moves only once 11 more distinct members rated or changed their rating, so two reads never differ by one rater.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class RatingSummaryThresholdTests(PartnerGraphFixture fixture)
{
    private const string Rate = """
        mutation($input: RateDrugInput!) { rateDrug(input: $input) { rating { id } errors { code message } } }
        """;

    private const string Summary = """
        query($id: ID!, $indication: ID) { node(id: $id) { ... on Drug {
          ratingSummaries(indicationId: $indication) { tooFewRaters ratings
            efficacy { tooConcentrated average distribution } safety { tooConcentrated average distribution }
            tolerability { tooConcentrated average distribution } accessibility { tooConcentrated average distribution }
            adherence { tooConcentrated average distribution } }
          comments(indicationId: $indication, first: 50) { nodes { comment rater { displayName } } } } } }
        """;

    private static readonly string[] Dimensions = ["efficacy", "safety", "tolerability", "accessibility", "adherence"];

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_summary_shows_no_figure_until_eleven_members_rated_and_then_their_count_with_every_dimension_too_concentrated_to_show(string provider)
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

        // The eleventh: published, with the count. Eleven raters over five scores put at least three on one, so at most
        // eight gave another: every dimension is too concentrated to show its mean and distribution.
        await RateAsync((await NewMembers.SignedInAsync(server)).Client, drug, indication, server, [4, 4, 4, 4, 4], null);
        var shown = (await SummaryAsync(reader.Client, ids)).Summary;
        Assert.False(shown.GetProperty("tooFewRaters").GetBoolean());
        Assert.Equal(ProfileGeneralisation.MinimumMembers, shown.GetProperty("ratings").GetInt32());
        foreach (var dimension in Dimensions)
            AssertWithheld(shown.GetProperty(dimension));
    }

    /// <summary>Session-8 attack, finding 1: eleven named commenters who all gave efficacy 2 were a distribution of
    /// [0, 11, 0, 0, 0] beside their names. A dimension now shows only where at least 11 raters gave a score other than
    /// its most common one: 10 is not enough, 11 is, and then the exact figures show.</summary>
    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_dimension_where_fewer_than_eleven_raters_gave_another_score_than_the_most_common_shows_no_figures(string provider)
    {
        var server = fixture.Server(provider);
        var (drug, indication) = await QuietPairAsync(server);
        var ids = new { id = PartnerIds.Of(server, "Drug", drug), indication = PartnerIds.Of(server, "Indication", indication) };
        var reader = await NewMembers.SignedInAsync(server);

        // Eleven members, each commenting, all give efficacy 2 (and safety 4); the other dimensions are spread as far as eleven go.
        var commenters = new List<string>();
        for (var rater = 0; rater < ProfileGeneralisation.MinimumMembers; rater++)
        {
            var member = await NewMembers.SignedInAsync(server);
            await RateAsync(member.Client, drug, indication, server, [2, 4, 1 + rater % 5, 1 + rater % 5, 1 + rater % 5], $"Used it in my practice ({rater}).");
            commenters.Add(member.Member.Pseudonym);
        }
        var unanimous = await SummaryAsync(reader.Client, ids);
        Assert.Equal(ProfileGeneralisation.MinimumMembers, unanimous.Summary.GetProperty("ratings").GetInt32());
        Assert.Equal(commenters.Order(), unanimous.Comments.Select(c => c.GetProperty("rater").GetProperty("displayName").GetString()).Order());
        foreach (var dimension in Dimensions)
            AssertWithheld(unanimous.Summary.GetProperty(dimension));

        // Eleven more (the next step): efficacy 2 once more and 3 ten times, so 10 of 22 gave another score than 2: withheld.
        // Safety 5 eleven times beside the eleven 4s: 11 gave another score than the (first) most common one: shown, exactly.
        for (var rater = 0; rater < ProfileGeneralisation.MinimumMembers; rater++)
            await RateAsync((await NewMembers.SignedInAsync(server)).Client, drug, indication, server, [rater == 0 ? 2 : 3, 5, 3, 3, 3], null);
        var stepped = (await SummaryAsync(reader.Client, ids)).Summary;
        Assert.Equal(2 * ProfileGeneralisation.MinimumMembers, stepped.GetProperty("ratings").GetInt32());
        AssertWithheld(stepped.GetProperty("efficacy"));
        var safety = stepped.GetProperty("safety");
        Assert.False(safety.GetProperty("tooConcentrated").GetBoolean());
        Assert.Equal([0, 0, 0, 11, 11], safety.GetProperty("distribution").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal(4.5, safety.GetProperty("average").GetDouble(), 9);
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_published_summary_does_not_move_with_one_more_rating_until_eleven_members_rated_since_its_release(string provider)
    {
        var server = fixture.Server(provider);
        var (drug, indication, pending) = await PublishedPairAsync(server);
        var toComplete = ProfileGeneralisation.MinimumMembers - pending;
        Assert.True(toComplete >= 2, $"The published pair already has {pending} pending raters.");
        var ids = new { id = PartnerIds.Of(server, "Drug", drug), indication = PartnerIds.Of(server, "Indication", indication) };
        var reader = await NewMembers.SignedInAsync(server);
        var released = (await SummaryAsync(reader.Client, ids)).Summary;
        Assert.False(released.GetProperty("tooFewRaters").GetBoolean());

        // One more rater with a comment naming them, who then changes their mind: the comment shows, the figures do not move,
        // and the rater sees their own rating and its earlier version at once.
        var first = await NewMembers.SignedInAsync(server);
        await RateAsync(first.Client, drug, indication, server, [1, 1, 1, 1, 1], "Disappointing in my patients.");
        var afterOne = await SummaryAsync(reader.Client, ids);
        Assert.Equal(released.GetRawText(), afterOne.Summary.GetRawText());
        Assert.Contains(afterOne.Comments, c => c.GetProperty("rater").GetProperty("displayName").GetString() == first.Member.Pseudonym);
        await RateAsync(first.Client, drug, indication, server, [5, 5, 5, 5, 5], null);
        Assert.Equal(released.GetRawText(), (await SummaryAsync(reader.Client, ids)).Summary.GetRawText());
        var own = (await first.Client.DataAsync("""
            query($drug: ID!) { viewer { physician { ratings(where: { drug: { eq: $drug } }) { nodes { version efficacy versions { version efficacy } } } } } }
            """, new { drug = ids.id })).GetProperty("viewer").GetProperty("physician").GetProperty("ratings").GetProperty("nodes");
        var mine = Assert.Single(own.EnumerateArray());
        Assert.Equal((2, 5, 1), (mine.GetProperty("version").GetInt32(), mine.GetProperty("efficacy").GetInt32(),
            Assert.Single(mine.GetProperty("versions").EnumerateArray()).GetProperty("efficacy").GetInt32()));

        // More distinct raters, short of the step by one: still the released figures.
        for (var rater = 2; rater < toComplete; rater++)
        {
            await RateAsync((await NewMembers.SignedInAsync(server)).Client, drug, indication, server, [2, 2, 2, 2, 2], null);
            Assert.Equal(released.GetRawText(), (await SummaryAsync(reader.Client, ids)).Summary.GetRawText());
        }

        // The rater completing the step: the figures jump to every current rating at once.
        await RateAsync((await NewMembers.SignedInAsync(server)).Client, drug, indication, server, [3, 3, 3, 3, 3], null);
        var moved = (await SummaryAsync(reader.Client, ids)).Summary;
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var efficacy = await db.DrugRatings.Where(r => r.DrugId == drug && r.IndicationId == indication && r.IsCurrent).Select(r => r.Efficacy).ToListAsync();
        Assert.Equal(efficacy.Count, moved.GetProperty("ratings").GetInt32());
        var expected = new ScoreDistribution(RatingDimension.Efficacy, efficacy.GroupBy(score => score).Select(g => (g.Key, g.Count())));
        var average = moved.GetProperty("efficacy").GetProperty("average");
        Assert.Equal(expected.Published?.Average, average.ValueKind == JsonValueKind.Null ? null : average.GetDouble());
        Assert.NotEqual(released.GetProperty("ratings").GetInt32(), moved.GetProperty("ratings").GetInt32());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Members_rating_one_drug_at_once_are_all_saved_and_each_step_counts_exactly_eleven_of_them(string provider)
    {
        var server = fixture.Server(provider);
        var (drug, indication) = await QuietPairAsync(server);
        var before = await ReleaseStateAsync(server, drug, indication);
        var raters = await Task.WhenAll(Enumerable.Range(0, 2 * ProfileGeneralisation.MinimumMembers + 3).Select(_ => NewMembers.SignedInAsync(server)));

        await Task.WhenAll(raters.Select((rater, i) => RateAsync(rater.Client, drug, indication, server, [1 + i % 5, 3, 3, 3, 3], null)));

        // Taken one after another on the release's token: every step saw exactly 11 new raters, and the figures of the last
        // step count the ratings there were when its eleventh rater was saved.
        var after = await ReleaseStateAsync(server, drug, indication);
        var recorded = before.Pending + raters.Length;
        Assert.Equal(before.Releases + recorded / ProfileGeneralisation.MinimumMembers, after.Releases);
        Assert.Equal(recorded % ProfileGeneralisation.MinimumMembers, after.Pending);
        Assert.Equal(before.Live + raters.Length, after.Live);
        var lastStepAt = recorded / ProfileGeneralisation.MinimumMembers * ProfileGeneralisation.MinimumMembers - before.Pending;
        Assert.Equal(before.Live + lastStepAt, after.Released);
    }

    private static void AssertHidden(JsonElement summary)
    {
        Assert.True(summary.GetProperty("tooFewRaters").GetBoolean());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("ratings").ValueKind);
        foreach (var dimension in Dimensions)
            Assert.Equal(JsonValueKind.Null, summary.GetProperty(dimension).ValueKind);
    }

    private static void AssertWithheld(JsonElement dimension)
    {
        Assert.True(dimension.GetProperty("tooConcentrated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, dimension.GetProperty("average").ValueKind);
        Assert.Equal(JsonValueKind.Null, dimension.GetProperty("distribution").ValueKind);
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

    /// <summary>A drug and indication whose summary is released, with the fewest raters pending (other tests rate too).</summary>
    private static async Task<(Guid Drug, Guid Indication, int Pending)> PublishedPairAsync(Infrastructure.SermoServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var release = await db.RatingSummaryReleases.AsNoTracking().Where(r => r.Releases > 0)
            .Select(r => new { r.DrugId, r.IndicationId, Pending = r.PendingRaters.Count })
            .OrderBy(r => r.Pending).ThenBy(r => r.DrugId).ThenBy(r => r.IndicationId).FirstAsync();
        return (release.DrugId, release.IndicationId, release.Pending);
    }

    /// <summary>A pair no other test of this class rates: the least rated from the other end of the list.</summary>
    private static async Task<(Guid Drug, Guid Indication)> QuietPairAsync(Infrastructure.SermoServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var listed = (await db.Drugs.AsNoTracking().ToListAsync()).SelectMany(d => d.Indications.Select(i => (d.Id, i.IndicationId))).ToList();
        var rated = (await db.DrugRatings.Select(r => new { r.DrugId, r.IndicationId }).Distinct().ToListAsync()).Select(r => (r.DrugId, r.IndicationId)).ToHashSet();
        return listed.Where(pair => !rated.Contains(pair)).OrderByDescending(pair => pair.Id).ThenByDescending(pair => pair.IndicationId).First();
    }

    /// <summary>The release's steps, pending raters and released rating count, and the live count of current ratings.</summary>
    private static async Task<(int Releases, int Pending, int Released, int Live)> ReleaseStateAsync(Infrastructure.SermoServer server, Guid drug, Guid indication)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var release = await db.RatingSummaryReleases.AsNoTracking().SingleOrDefaultAsync(r => r.DrugId == drug && r.IndicationId == indication);
        return (release?.Releases ?? 0, release?.PendingRaters.Count ?? 0, release?.Summary.Ratings ?? 0,
            await db.DrugRatings.CountAsync(r => r.DrugId == drug && r.IndicationId == indication && r.IsCurrent));
    }

    private static async Task<int> CurrentRatersAsync(Infrastructure.SermoServer server, Guid drug, Guid indication)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        return await db.DrugRatings.CountAsync(r => r.DrugId == drug && r.IndicationId == indication && r.IsCurrent);
    }
}
