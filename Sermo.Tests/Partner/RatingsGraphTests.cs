using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Api.Transport;
using Sermo.Domain.Drugs;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Domain.Ratings;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Drug ratings over HTTP on both databases: rating and rating again with versions kept for the author alone,
/// summaries as the database counts them, comments under display names without scores, the typed refusals, racing
/// submissions, and every caller outside the community kept away from individual ratings. Each test rates with members
/// of its own, far down the list of verified members, on drugs they have not rated.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class RatingsGraphTests(PartnerGraphFixture fixture)
{
    private const string Rate = """
        mutation($input: RateDrugInput!) { rateDrug(input: $input) {
          rating { id version efficacy safety tolerability accessibility adherence comment current supersededAt
                   drug { brandName } indication { name } versions { version efficacy comment current } }
          errors { code message path } } }
        """;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_member_rates_a_drug_then_rates_it_again_and_only_they_see_the_earlier_version(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var rater = Rater(members, 0);
        var (drug, indication) = await UnratedPairAsync(server, rater.Id);
        var client = fixture.Client(provider, server.IssueToken(rater.Id.ToString(), SermoRoles.Physician));
        var ids = Pair.Of(server, drug.Id, indication);

        var first = (await client.DataAsync(Rate, new { input = Input(ids, [4, 4, 3, 2, 5], "Works well once titrated.") })).GetProperty("rateDrug");
        Assert.Empty(first.GetProperty("errors").EnumerateArray());
        var rating = first.GetProperty("rating");
        Assert.Equal((1, 4, 5, "Works well once titrated.", true), (rating.GetProperty("version").GetInt32(), rating.GetProperty("efficacy").GetInt32(),
            rating.GetProperty("adherence").GetInt32(), rating.GetProperty("comment").GetString(), rating.GetProperty("current").GetBoolean()));
        Assert.Equal(drug.BrandName, rating.GetProperty("drug").GetProperty("brandName").GetString());
        Assert.Empty(rating.GetProperty("versions").EnumerateArray());

        var second = (await client.DataAsync(Rate, new { input = Input(ids, [2, 3, 3, 3, 3], null) })).GetProperty("rateDrug").GetProperty("rating");
        Assert.Equal((2, 2, JsonValueKind.Null), (second.GetProperty("version").GetInt32(), second.GetProperty("efficacy").GetInt32(), second.GetProperty("comment").ValueKind));
        var earlier = Assert.Single(second.GetProperty("versions").EnumerateArray());
        Assert.Equal((1, 4, "Works well once titrated.", false),
            (earlier.GetProperty("version").GetInt32(), earlier.GetProperty("efficacy").GetInt32(), earlier.GetProperty("comment").GetString(), earlier.GetProperty("current").GetBoolean()));

        // Their own list holds the current version only, filtered by drug; the earlier one hangs under it.
        var own = (await client.DataAsync("""
            query($drug: ID!) { viewer { physician { ratings(where: { drug: { eq: $drug } }) { totalCount nodes { id version versions { version } } } } } }
            """, new { drug = ids.DrugId })).GetProperty("viewer").GetProperty("physician").GetProperty("ratings");
        Assert.Equal(1, own.GetProperty("totalCount").GetInt32());
        Assert.Equal(second.GetProperty("id").GetString(), own.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal([1], own.GetProperty("nodes")[0].GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));

        // Nobody else reaches the rating: not by id, not through the rater's profile, not staff.
        var ratingId = second.GetProperty("id").GetString();
        var raterId = PartnerIds.Of(server, "Physician", rater.Id);
        foreach (var other in new[] { server.IssueToken(Rater(members, 1).Id.ToString(), SermoRoles.Physician), server.IssueToken("staff-1", SermoRoles.Staff) })
        {
            var otherClient = fixture.Client(provider, other);
            Assert.Equal(JsonValueKind.Null, (await otherClient.DataAsync("query($id: ID!) { node(id: $id) { __typename } }", new { id = ratingId })).GetProperty("node").ValueKind);
            var profile = await otherClient.PostAsync("query($id: ID!) { node(id: $id) { ... on Physician { displayName ratings { nodes { efficacy } } } } }", new { id = raterId });
            Assert.Equal(JsonValueKind.Null, profile.GetProperty("data").GetProperty("node").GetProperty("ratings").ValueKind);
            Assert.Equal("AUTH_NOT_AUTHORIZED", profile.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
        Assert.Equal("DrugRating", (await client.DataAsync("query($id: ID!) { node(id: $id) { __typename } }", new { id = ratingId })).GetProperty("node").GetProperty("__typename").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Summaries_count_each_members_current_rating_per_listed_indication_as_the_database_holds_them(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var drugIds = await db.DrugRatings.Where(r => r.IsCurrent).GroupBy(r => r.DrugId).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(3).ToListAsync();
        var client = fixture.Client(provider, server.IssueToken(members.VerifiedNamed.Id.ToString(), SermoRoles.Physician));

        var nodes = (await client.DataAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { ... on Drug { id ratingSummaries { indication { id } tooFewRaters ratings
              efficacy { tooConcentrated average distribution } safety { tooConcentrated average distribution }
              tolerability { tooConcentrated average distribution } accessibility { tooConcentrated average distribution }
              adherence { tooConcentrated average distribution } } } } }
            """, new { ids = drugIds.Select(id => PartnerIds.Of(server, "Drug", id)).ToArray() })).GetProperty("nodes");

        var shownDimensions = 0;
        foreach (var (drugId, node) in drugIds.Zip(nodes.EnumerateArray()))
        {
            var drug = await db.Drugs.AsNoTracking().SingleAsync(d => d.Id == drugId);
            var current = await db.DrugRatings.AsNoTracking().Where(r => r.DrugId == drugId && r.IsCurrent).ToListAsync();
            // Figures move in steps of 11 raters (RatingSummaryThresholdTests): compare with the live ratings where none is pending.
            var pending = await db.RatingSummaryReleases.AsNoTracking().Where(r => r.DrugId == drugId && r.Releases > 0 && r.PendingRaters.Count > 0).Select(r => r.IndicationId).ToListAsync();
            var summaries = node.GetProperty("ratingSummaries").EnumerateArray().ToList();
            var listedInOrder = drug.Indications.OrderBy(i => i.IndicationId).ToList();
            Assert.Equal(listedInOrder.Select(i => PartnerIds.Of(server, "Indication", i.IndicationId)),
                summaries.Select(s => s.GetProperty("indication").GetProperty("id").GetString()));
            foreach (var (listed, summary) in listedInOrder.Zip(summaries))
            {
                var ratings = current.Where(r => r.IndicationId == listed.IndicationId).ToList();
                if (pending.Contains(listed.IndicationId))
                    continue;
                if (ratings.Count < RatingSummary.MinimumRaters)
                {
                    Assert.True(summary.GetProperty("tooFewRaters").GetBoolean());
                    Assert.Equal(JsonValueKind.Null, summary.GetProperty("ratings").ValueKind);
                    Assert.Equal(JsonValueKind.Null, summary.GetProperty("efficacy").ValueKind);
                    continue;
                }
                Assert.False(summary.GetProperty("tooFewRaters").GetBoolean());
                Assert.Equal(ratings.Count, summary.GetProperty("ratings").GetInt32());
                foreach (var (field, score) in new (string, Func<DrugRating, int>)[]
                         {
                             ("efficacy", r => r.Efficacy), ("safety", r => r.Safety), ("tolerability", r => r.Tolerability),
                             ("accessibility", r => r.Accessibility), ("adherence", r => r.Adherence),
                         })
                {
                    var dimension = summary.GetProperty(field);
                    var bins = Enumerable.Range(1, 5).Select(s => ratings.Count(r => score(r) == s)).ToList();
                    var tooConcentrated = ratings.Count - bins.Max() < RatingSummary.MinimumRatersOutsideMostCommon;
                    Assert.Equal(tooConcentrated, dimension.GetProperty("tooConcentrated").GetBoolean());
                    if (tooConcentrated)
                    {
                        Assert.Equal(JsonValueKind.Null, dimension.GetProperty("distribution").ValueKind);
                        Assert.Equal(JsonValueKind.Null, dimension.GetProperty("average").ValueKind);
                        continue;
                    }
                    Assert.Equal(bins, dimension.GetProperty("distribution").EnumerateArray().Select(c => c.GetInt32()));
                    Assert.Equal(ratings.Average(score), dimension.GetProperty("average").GetDouble(), 9);
                    shownDimensions++;
                }
            }
            Assert.Contains(summaries, s => !s.GetProperty("tooFewRaters").GetBoolean());
        }
        // The most rated drugs of the seed are spread enough that some figures show.
        Assert.True(shownDimensions > 0, "Every dimension of the three most rated drugs was withheld.");

        var one = drugIds[0];
        var listedFirst = (await db.Drugs.AsNoTracking().SingleAsync(d => d.Id == one)).Indications[0].IndicationId;
        var filtered = (await client.DataAsync("query($id: ID!, $indication: ID) { node(id: $id) { ... on Drug { ratingSummaries(indicationId: $indication) { indication { id } } } } }",
            new { id = PartnerIds.Of(server, "Drug", one), indication = PartnerIds.Of(server, "Indication", listedFirst) })).GetProperty("node").GetProperty("ratingSummaries");
        Assert.Equal(PartnerIds.Of(server, "Indication", listedFirst), Assert.Single(filtered.EnumerateArray()).GetProperty("indication").GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Comments_show_the_text_the_day_and_the_raters_public_profile_never_their_scores_or_private_details(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var drugId = await db.DrugRatings.Where(r => r.IsCurrent && r.Comment != null).GroupBy(r => r.DrugId)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var expected = (await db.DrugRatings.AsNoTracking().Where(r => r.DrugId == drugId && r.IsCurrent && r.Comment != null).ToListAsync())
            .OrderByDescending(r => r.RatedAt).ThenByDescending(r => r.Id).ToList();
        Assert.True(expected.Count > 1);
        // A reader who is not among the raters (a rater sees their own private details).
        var reader = fixture.Client(provider, server.IssueToken(
            members.All.First(p => p.IsVerified && expected.All(r => r.PhysicianId != p.Id)).Id.ToString(), SermoRoles.Physician));

        var response = await reader.PostAsync("""
            query($id: ID!) { node(id: $id) { ... on Drug { comments(first: 100) { totalCount nodes { comment ratedOn indication { id }
              rater { id displayName anonymous practice { specialty { code } country } privateDetails { email licenceNumber } } } } } } }
            """, new { id = PartnerIds.Of(server, "Drug", drugId) });
        var comments = response.GetProperty("data").GetProperty("node").GetProperty("comments");
        Assert.Equal(expected.Count, comments.GetProperty("totalCount").GetInt32());
        var nodes = comments.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(expected.Select(r => r.Comment), nodes.Select(n => n.GetProperty("comment").GetString()));
        Assert.Equal(expected.Select(r => DateOnly.FromDateTime(r.RatedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            nodes.Select(n => n.GetProperty("ratedOn").GetString()));
        foreach (var (rating, node) in expected.Zip(nodes))
        {
            var rater = members.All.Single(p => p.Id == rating.PhysicianId);
            Assert.Equal(rater.DisplayName, node.GetProperty("rater").GetProperty("displayName").GetString());
            Assert.Equal(JsonValueKind.Null, node.GetProperty("rater").GetProperty("privateDetails").ValueKind);
            var secrets = members.PrivateDetails[rater.Id];
            Assert.DoesNotContain(secrets.Email, response.GetRawText(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secrets.LicenceNumber, response.GetRawText(), StringComparison.Ordinal);
        }
        // One refusal per rater's private details, each at its own path; no other error.
        Assert.All(response.GetProperty("errors").EnumerateArray(), e => Assert.Equal("privateDetails", e.GetProperty("path").EnumerateArray().Last().GetString()));

        var indication = expected[0].IndicationId;
        var byIndication = (await reader.DataAsync("query($id: ID!, $indication: ID) { node(id: $id) { ... on Drug { comments(indicationId: $indication, first: 100) { nodes { indication { id } } } } } }",
            new { id = PartnerIds.Of(server, "Drug", drugId), indication = PartnerIds.Of(server, "Indication", indication) })).GetProperty("node").GetProperty("comments").GetProperty("nodes");
        Assert.Equal(expected.Count(r => r.IndicationId == indication), byIndication.GetArrayLength());
        Assert.All(byIndication.EnumerateArray(), n => Assert.Equal(PartnerIds.Of(server, "Indication", indication), n.GetProperty("indication").GetProperty("id").GetString()));

        // The comment type has no score, no rater id and no copied practice to ask for.
        var fields = (await reader.DataAsync("{ __type(name: \"RatingComment\") { fields { name } } }")).GetProperty("__type").GetProperty("fields");
        Assert.Equal(["comment", "ratedOn", "indication", "rater"], fields.EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Refusals_come_back_typed_with_the_input_field_they_concern(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var rater = Rater(members, 2);
        var (drug, indication) = await UnratedPairAsync(server, rater.Id);
        var ids = Pair.Of(server, drug.Id, indication);
        var client = fixture.Client(provider, server.IssueToken(rater.Id.ToString(), SermoRoles.Physician));

        await AssertRefusedAsync(client, Input(ids, [5, 6, 3, 3, 3], null), "INVALID_ARGUMENT", ["input", "safety"]);
        await AssertRefusedAsync(client, Input(ids, [3, 3, 3, 3, 0], null), "INVALID_ARGUMENT", ["input", "adherence"]);
        var identifying = await AssertRefusedAsync(client, Input(ids, [3, 3, 3, 3, 3], "Patient MRN 4471230 improved quickly."), "PATIENT_IDENTIFIER_FOUND", ["input", "comment"]);
        Assert.DoesNotContain("4471230", identifying);
        await AssertRefusedAsync(client, Input(ids, [3, 3, 3, 3, 3], new string('x', DrugRating.MaxCommentLength + 1)), "INVALID_ARGUMENT", ["input", "comment"]);
        var unlisted = await UnlistedIndicationAsync(server, drug);
        await AssertRefusedAsync(client, Input(ids with { IndicationId = PartnerIds.Of(server, "Indication", unlisted) }, [3, 3, 3, 3, 3], null),
            "INDICATION_NOT_LISTED", ["input", "indicationId"]);
        await AssertRefusedAsync(client, Input(ids with { DrugId = PartnerIds.Of(server, "Drug", Guid.NewGuid()) }, [3, 3, 3, 3, 3], null), "NOT_FOUND", ["input", "drugId"]);
        await AssertRefusedAsync(client, Input(ids with { DrugId = ids.IndicationId }, [3, 3, 3, 3, 3], null), "NOT_FOUND", ["input", "drugId"]);

        // Members outside the community are refused by the domain, typed, before anything of the input is looked at.
        foreach (var outsider in new[] { members.Applicant, members.Suspended, members.Rejected })
        {
            var outside = fixture.Client(provider, server.IssueToken(outsider.Id.ToString(), SermoRoles.Physician));
            await AssertRefusedAsync(outside, Input(ids with { DrugId = PartnerIds.Of(server, "Drug", Guid.NewGuid()) }, [9, 9, 9, 9, 9], null), "PHYSICIAN_NOT_VERIFIED", null);
        }
        await AssertRefusedAsync(fixture.Client(provider, server.IssueToken(Guid.NewGuid().ToString(), SermoRoles.Physician)),
            Input(ids, [3, 3, 3, 3, 3], null), "PHYSICIAN_NOT_VERIFIED", null);

        // Other roles cannot rate at all: top-level authorization errors, and nothing was saved by any of this.
        foreach (var (token, code) in new (string?, string)[]
                 {
                     (null, "AUTH_NOT_AUTHENTICATED"), (server.IssueToken("staff-1", SermoRoles.Staff), "AUTH_NOT_AUTHORIZED"),
                     (server.IssueToken("agency-user", SermoRoles.Agency), "AUTH_NOT_AUTHORIZED"),
                 })
        {
            var refused = await fixture.Client(provider, token).PostAsync(Rate, new { input = Input(ids, [3, 3, 3, 3, 3], null) });
            Assert.Equal(code, refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        Assert.False(await db.DrugRatings.AnyAsync(r => r.PhysicianId == rater.Id && r.DrugId == drug.Id));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Submissions_racing_for_one_drug_and_indication_leave_exactly_one_current_rating_and_no_gaps(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var rater = Rater(members, 3);
        var client = fixture.Client(provider, server.IssueToken(rater.Id.ToString(), SermoRoles.Physician));
        var codes = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            var (drug, indication) = await UnratedPairAsync(server, rater.Id);
            var ids = Pair.Of(server, drug.Id, indication);
            var answers = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
                client.DataAsync("mutation($input: RateDrugInput!) { rateDrug(input: $input) { rating { version } errors { code path } } }",
                    new { input = Input(ids, [i % 5 + 1, 3, 3, 3, 3], null) })));
            var payloads = answers.Select(a => a.GetProperty("rateDrug")).ToList();
            var refusals = payloads.SelectMany(p => p.GetProperty("errors").EnumerateArray()).Select(e => e.GetProperty("code").GetString()!).ToList();
            Assert.All(refusals, code => Assert.Equal("CONCURRENT_CHANGE", code));
            codes.AddRange(refusals);
            var saved = payloads.Where(p => p.GetProperty("rating").ValueKind != JsonValueKind.Null).Select(p => p.GetProperty("rating").GetProperty("version").GetInt32()).Order().ToList();

            await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
            var versions = await db.DrugRatings.AsNoTracking().Where(r => r.PhysicianId == rater.Id && r.DrugId == drug.Id && r.IndicationId == indication)
                .OrderBy(r => r.RatingVersion).ToListAsync();
            Assert.Equal(saved, versions.Select(v => v.RatingVersion));
            Assert.Equal(Enumerable.Range(1, versions.Count), versions.Select(v => v.RatingVersion));
            Assert.Single(versions, v => v.IsCurrent);
            Assert.True(versions[^1].IsCurrent);
        }
        // Printed so a run shows whether the race was actually lost (the invariant above holds either way).
        Console.WriteLine($"{provider}: {codes.Count} of 24 racing submissions refused with CONCURRENT_CHANGE.");
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Callers_outside_the_community_reach_no_summary_comment_or_rating(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var commented = await db.DrugRatings.AsNoTracking().Where(r => r.IsCurrent && r.Comment != null).OrderBy(r => r.Id).FirstAsync();
        var drugId = PartnerIds.Of(server, "Drug", commented.DrugId);
        var ratingId = PartnerIds.Of(server, "DrugRating", commented.Id);
        const string Query = """
            query($drug: ID!, $rating: ID!) {
              drug: node(id: $drug) { ... on Drug { brandName ratingSummaries { ratings } comments { nodes { comment } } } }
              rating: node(id: $rating) { ... on DrugRating { efficacy comment } } }
            """;

        // Agencies and reviewers read the catalogue entry, not what members said about it.
        foreach (var token in new[] { server.IssueToken("agency-user", SermoRoles.Agency), server.IssueToken("reviewer-user", SermoRoles.Reviewer) })
        {
            var response = await fixture.Client(provider, token).PostAsync(Query, new { drug = drugId, rating = ratingId });
            var drug = response.GetProperty("data").GetProperty("drug");
            Assert.False(string.IsNullOrEmpty(drug.GetProperty("brandName").GetString()));
            Assert.Equal(JsonValueKind.Null, drug.GetProperty("ratingSummaries").ValueKind);
            Assert.Equal(JsonValueKind.Null, drug.GetProperty("comments").ValueKind);
            Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("rating").ValueKind);
            Assert.Equal(["AUTH_NOT_AUTHORIZED", "AUTH_NOT_AUTHORIZED"],
                response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()));
            Assert.DoesNotContain(commented.Comment!, response.GetRawText(), StringComparison.Ordinal);
        }

        // Anonymous, pharma and members outside the community get nothing at all, as for ids naming nothing.
        foreach (var token in new[]
                 {
                     null, server.IssueToken("pharma-user", SermoRoles.Pharma),
                     server.IssueToken(members.Applicant.Id.ToString(), SermoRoles.Physician),
                     server.IssueToken(members.Suspended.Id.ToString(), SermoRoles.Physician),
                 })
        {
            var data = await fixture.Client(provider, token).DataAsync(Query, new { drug = drugId, rating = ratingId });
            Assert.Equal(JsonValueKind.Null, data.GetProperty("drug").ValueKind);
            Assert.Equal(JsonValueKind.Null, data.GetProperty("rating").ValueKind);
        }

        // A member reads the comment, but another member's rating stays theirs.
        var member = await fixture.Client(provider, server.IssueToken(members.VerifiedNamed.Id.ToString(), SermoRoles.Physician))
            .DataAsync(Query, new { drug = drugId, rating = ratingId });
        Assert.Contains(commented.Comment!, member.GetProperty("drug").GetRawText(), StringComparison.Ordinal);
        Assert.Equal(commented.PhysicianId == members.VerifiedNamed.Id ? JsonValueKind.Object : JsonValueKind.Null, member.GetProperty("rating").ValueKind);
    }

    [Fact]
    public void The_pharma_graph_has_no_type_or_field_that_leads_to_a_rater_or_a_rating()
    {
        var pharma = fixture.Server(PartnerGraphFixture.Sqlite).Services.GetRequiredService<GraphQLSchemaRegistry>().Endpoints.Single(e => e.Name == "pharma");
        // Types are per graph: the partner graph's rating, comment and member types are not the pharma graph's.
        foreach (var name in new[] { "DrugRating", "RatingComment", "DrugRatingConnection", "Physician" })
            Assert.Null(pharma.Schema.GetType(name));
        Assert.DoesNotContain("rateDrug", pharma.Sdl, StringComparison.Ordinal);
    }

    /// <summary>The <paramref name="index"/>th verified member from the end of the list, so rating tests use members no other test uses.</summary>
    private static Physician Rater(DemoMembers members, int index) =>
        members.All.Where(p => p.IsVerified).Reverse().Skip(index).First();

    private static object Input(Pair ids, int[] scores, string? comment) => new
    {
        drugId = ids.DrugId, indicationId = ids.IndicationId,
        efficacy = scores[0], safety = scores[1], tolerability = scores[2], accessibility = scores[3], adherence = scores[4], comment,
    };

    /// <summary>The global ids of a drug and an indication, as a client passes them.</summary>
    private sealed record Pair(string DrugId, string IndicationId)
    {
        public static Pair Of(SermoServer server, Guid drug, Guid indication) =>
            new(PartnerIds.Of(server, "Drug", drug), PartnerIds.Of(server, "Indication", indication));
    }

    /// <returns>The whole response, for checks of what it must not contain.</returns>
    private static async Task<string> AssertRefusedAsync(GraphClient client, object input, string code, string[]? path)
    {
        var payload = (await client.DataAsync(Rate, new { input })).GetProperty("rateDrug");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("rating").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetString());
        if (path is null)
            Assert.Equal(JsonValueKind.Null, error.GetProperty("path").ValueKind);
        else
            Assert.Equal(path, error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        return payload.GetRawText();
    }

    /// <summary>A drug and one of its indications the member has never rated (each call finds another).</summary>
    private static async Task<(Drug Drug, Guid Indication)> UnratedPairAsync(SermoServer server, Guid physicianId)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var rated = (await db.DrugRatings.Where(r => r.PhysicianId == physicianId).Select(r => new { r.DrugId, r.IndicationId }).ToListAsync())
            .Select(r => (r.DrugId, r.IndicationId)).ToHashSet();
        var drugs = await db.Drugs.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        return drugs.SelectMany(d => d.Indications.Select(i => (Drug: d, Indication: i.IndicationId)))
            .First(pair => !rated.Contains((pair.Drug.Id, pair.Indication)));
    }

    private static async Task<Guid> UnlistedIndicationAsync(SermoServer server, Drug drug)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var listed = drug.Indications.Select(i => i.IndicationId).ToList();
        return await db.Indications.Where(i => !listed.Contains(i.Id)).Select(i => i.Id).FirstAsync();
    }
}
