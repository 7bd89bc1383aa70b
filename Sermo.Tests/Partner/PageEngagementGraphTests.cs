using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;

namespace Sermo.Tests.Partner;

/// <summary>Page engagement over HTTP on both databases: counts of distinct members only, every group and region listed,
/// cells under 11 hidden with the next smallest hidden too when the hidden ones would count fewer than 11 together,
/// nothing of who, and only for the organisation's team and staff.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PageEngagementGraphTests(PartnerGraphFixture fixture)
{
    private const string Engagement = """
        query($id: ID!, $from: Date!, $to: Date!) { node(id: $id) { ... on Page { engagement(from: $from, to: $to, period: MONTH) {
          from until followers { members hidden label } viewers { members hidden }
          periods { start end followers { members hidden } viewers { members hidden } }
          followersBySpecialtyGroup { specialtyGroup { code } members { members hidden label } }
          followersByRegion { region { code } members { members hidden label } }
          viewersBySpecialtyGroup { members { members hidden label } }
          posts { post { id } reactors { members hidden } reactorsByPeriod { hidden } } } } } }
        """;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task The_team_reads_counts_of_distinct_members_with_small_cells_hidden_and_no_one_named(string provider)
    {
        var server = fixture.Server(provider);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var pageId = await db.PageFollows.GroupBy(f => f.PageId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var client = await TeamClientAsync(provider, db, pageId);
        var followers = await db.PageFollows.AsNoTracking().Where(f => f.PageId == pageId).ToListAsync();
        var at = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var expected = followers.Where(f => f.FollowedAt < at && (f.UnfollowedAt == null || f.UnfollowedAt >= at)).Select(f => f.PhysicianId).Distinct().Count();

        var response = await client.PostAsync(Engagement, new { id = PartnerIds.Of(server, "Page", pageId), from = "2025-11-15", to = "2026-10-20" });

        var report = response.GetProperty("data").GetProperty("node").GetProperty("engagement");
        Assert.Equal(("2025-11-01", "2026-11-01"), (report.GetProperty("from").GetString(), report.GetProperty("until").GetString()));
        Assert.Equal(12, report.GetProperty("periods").GetArrayLength());
        Assert.True(expected >= EngagementDisclosure.MinimumMembers);
        // Followers as of each period's end: the exact count where shown (some are), hidden where too few changed.
        var shownFollowers = 0;
        foreach (var period in report.GetProperty("periods").EnumerateArray())
        {
            var end = DateTime.SpecifyKind(DateTime.Parse(period.GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
            var exact = followers.Where(f => f.FollowedAt < end && (f.UnfollowedAt == null || f.UnfollowedAt >= end)).Select(f => f.PhysicianId).Distinct().Count();
            if (period.GetProperty("followers").GetProperty("members") is { ValueKind: JsonValueKind.Number } members)
            {
                Assert.Equal(exact, members.GetInt32());
                shownFollowers++;
            }
        }
        Assert.True(shownFollowers > 0);
        if (report.GetProperty("followers").GetProperty("members") is { ValueKind: JsonValueKind.Number } atEnd)
            Assert.Equal(expected, atEnd.GetInt32());
        // Distinct viewers and a post's reactors are not published over a window of several periods (two windows a period
        // apart would give the members new in that period).
        Assert.True(report.GetProperty("viewers").GetProperty("hidden").GetBoolean());
        Assert.All(report.GetProperty("posts").EnumerateArray(), p => Assert.True(p.GetProperty("reactors").GetProperty("hidden").GetBoolean()));
        var viewerGroups = report.GetProperty("viewersBySpecialtyGroup").EnumerateArray().ToList();
        Assert.Equal(SpecialtyGroups.All.Count, viewerGroups.Count);
        Assert.All(viewerGroups, g => Assert.True(g.GetProperty("members").GetProperty("hidden").GetBoolean()));
        var month = (await client.DataAsync(Engagement, new { id = PartnerIds.Of(server, "Page", pageId), from = "2026-10-01", to = "2026-10-31" }))
            .GetProperty("node").GetProperty("engagement");
        Assert.Equal(month.GetProperty("periods")[0].GetProperty("viewers").GetRawText(), month.GetProperty("viewers").GetRawText());
        // Every group and region is listed, whether or not any follower comes from it.
        Assert.Equal(SpecialtyGroups.All.Select(g => g.Code), report.GetProperty("followersBySpecialtyGroup").EnumerateArray().Select(c => c.GetProperty("specialtyGroup").GetProperty("code").GetString()));
        Assert.Equal(CountryRegions.All.Select(r => r.Code), report.GetProperty("followersByRegion").EnumerateArray().Select(c => c.GetProperty("region").GetProperty("code").GetString()));
        foreach (var breakdown in new[] { "followersBySpecialtyGroup", "followersByRegion" })
            AssertSuppressed(report.GetProperty(breakdown));
        AssertSuppressed(month.GetProperty("viewersBySpecialtyGroup"));
        // Every post published by the window's end is listed, whether or not anyone reacted to it.
        var published = await db.Pages.AsNoTracking().Where(p => p.Id == pageId).SelectMany(p => p.Posts).CountAsync(p => p.PublishedAt != null && p.PublishedAt < at);
        Assert.Equal(published, report.GetProperty("posts").GetArrayLength());
        var text = response.GetRawText();
        Assert.All(followers, f => Assert.DoesNotContain(f.PhysicianId.ToString(), text, StringComparison.OrdinalIgnoreCase));
        Assert.All(followers, f => Assert.DoesNotContain(PartnerIds.Of(server, "Physician", f.PhysicianId), text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Engagement_is_the_teams_and_staffs_alone_and_a_bad_window_is_a_clear_error(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var page = await teams.CreatePageAsync(fixture.Client(provider, teams.HomeAgency));
        var variables = new { id = page.GetProperty("id").GetString(), from = "2026-01-01", to = "2026-03-31" };

        // Another organisation's team does not see the (draft) Page at all; a member sees a live Page but not its engagement.
        foreach (var token in new[] { teams.OtherAgency, teams.OtherReviewer })
            Assert.Equal(JsonValueKind.Null, (await fixture.Client(provider, token).DataAsync(Engagement, variables)).GetProperty("node").ValueKind);
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync())
        {
            var live = await db.Pages.AsNoTracking().FirstAsync(p => p.LiveRevision != null && p.State != ReviewState.Archived && p.SuspendedAt == null);
            var member = fixture.Client(provider, server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedNamed.Id.ToString(), SermoRoles.Physician));
            var refused = await member.PostAsync(Engagement, new { id = PartnerIds.Of(server, "Page", live.Id), variables.from, variables.to });
            Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(JsonValueKind.Null, refused.GetProperty("data").GetProperty("node").GetProperty("engagement").ValueKind);
        }
        foreach (var token in new[] { teams.HomeReviewer, teams.Staff })
        {
            var empty = (await fixture.Client(provider, token).DataAsync(Engagement, variables)).GetProperty("node").GetProperty("engagement");
            Assert.True(empty.GetProperty("followers").GetProperty("hidden").GetBoolean());
        }
        var backwards = await fixture.Client(provider, teams.HomeAgency).PostAsync(Engagement, new { variables.id, from = "2026-03-31", to = "2026-01-01" });
        Assert.Equal("BAD_USER_INPUT", backwards.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Overlapping_day_windows_publish_each_days_own_counts_and_nothing_of_the_window(string provider)
    {
        // The session-7 finding: two windows of days one day apart were differenced into that day's new members. Every
        // viewer or reactor count now belongs to one calendar period, decided from that period's activity alone.
        var server = fixture.Server(provider);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var pageId = await db.PageViews.GroupBy(v => v.PageId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var client = await TeamClientAsync(provider, db, pageId);
        const string Days = """
            query($id: ID!, $from: Date!, $to: Date!) { node(id: $id) { ... on Page { engagement(from: $from, to: $to, period: DAY) {
              viewers { members hidden } periods { start viewers { members hidden } } posts { reactors { members hidden } reactorsByPeriod { members hidden } } } } } }
            """;
        var byDay = new Dictionary<string, List<string>>();
        var first = new DateOnly(2026, 10, 1);
        foreach (var (from, length) in new[] { (0, 10), (1, 10), (0, 1), (5, 1), (3, 4) })
        {
            var report = (await client.DataAsync(Days, new { id = PartnerIds.Of(server, "Page", pageId), from = first.AddDays(from).ToString("yyyy-MM-dd"), to = first.AddDays(from + length - 1).ToString("yyyy-MM-dd") }))
                .GetProperty("node").GetProperty("engagement");
            var periods = report.GetProperty("periods").EnumerateArray().ToList();
            Assert.Equal(length, periods.Count);
            var posts = report.GetProperty("posts").EnumerateArray().ToList();
            if (length > 1)
            {
                Assert.True(report.GetProperty("viewers").GetProperty("hidden").GetBoolean());
                Assert.All(posts, p => Assert.True(p.GetProperty("reactors").GetProperty("hidden").GetBoolean()));
            }
            else
            {
                Assert.Equal(periods[0].GetProperty("viewers").GetRawText(), report.GetProperty("viewers").GetRawText());
                Assert.All(posts, p => Assert.Equal(p.GetProperty("reactorsByPeriod")[0].GetRawText(), p.GetProperty("reactors").GetRawText()));
            }
            foreach (var (period, index) in periods.Select((p, i) => (p, i)))
            {
                var values = byDay.TryGetValue(period.GetProperty("start").GetString()!, out var seen) ? seen : byDay[period.GetProperty("start").GetString()!] = [];
                values.Add(period.GetProperty("viewers").GetRawText() + string.Concat(posts.Select(p => p.GetProperty("reactorsByPeriod")[index].GetRawText())));
            }
        }
        // Each day publishes one value, whichever window asked.
        Assert.All(byDay.Values, values => Assert.Single(values.Distinct()));
    }

    /// <summary>The session-8 finding 3: a post appeared in today's list the moment its first reaction of the day landed.
    /// Today's period has not ended: nothing of it is shown, every published post is listed, and a reaction now changes
    /// nothing in the answer.</summary>
    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_reaction_today_changes_nothing_in_todays_engagement(string provider)
    {
        var server = fixture.Server(provider);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var page = await db.Pages.AsNoTracking().Include(p => p.Posts).Where(p => p.LiveRevision != null && p.SuspendedAt == null && p.Posts.Any(post => post.PublishedAt != null))
            .OrderBy(p => p.Slug).FirstAsync();
        var posts = page.Posts.Where(p => p.PublishedAt != null).Select(p => PartnerIds.Of(server, "PagePost", p.Id)).Order(StringComparer.Ordinal).ToList();
        var client = await TeamClientAsync(provider, db, page.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        const string Today = """
            query($id: ID!, $day: Date!) { node(id: $id) { ... on Page { engagement(from: $day, to: $day, period: DAY) {
              followers { hidden } viewers { hidden } periods { followers { hidden } viewers { hidden } }
              posts { post { id } reactors { members hidden } reactorsByPeriod { members hidden } } } } } }
            """;
        var variables = new { id = PartnerIds.Of(server, "Page", page.Id), day = today };
        var before = (await client.DataAsync(Today, variables)).GetProperty("node").GetProperty("engagement");

        var member = fixture.Client(provider, server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedNamed.Id.ToString(), SermoRoles.Physician));
        var reacted = (await member.DataAsync("mutation($input: ReactToPostInput!) { reactToPost(input: $input) { errors { code } } }", new { input = new { postId = posts[^1], kind = "LIKE" } }))
            .GetProperty("reactToPost");
        Assert.Equal(0, reacted.GetProperty("errors").GetArrayLength());
        var after = (await client.DataAsync(Today, variables)).GetProperty("node").GetProperty("engagement");

        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Equal(posts, after.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("post").GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var hidden = after.GetProperty("posts").EnumerateArray().SelectMany(p => p.GetProperty("reactorsByPeriod").EnumerateArray().Append(p.GetProperty("reactors")))
            .Concat(after.GetProperty("periods").EnumerateArray().SelectMany(p => new[] { p.GetProperty("followers"), p.GetProperty("viewers") }))
            .Append(after.GetProperty("followers")).Append(after.GetProperty("viewers"));
        Assert.All(hidden, count => Assert.True(count.GetProperty("hidden").GetBoolean()));
    }

    /// <summary>The session-8 finding: the Page's distinct reactors (21) beside two posts' (15 and 12) gave 6 members
    /// reacting to both and 9 and 6 to one only. Reacting members are counted per post only: no field under a Page's
    /// engagement counts members reacting across posts, so no count of a union is published to set the posts' against.
    /// Read from the served schema, so a reactor count added anywhere under engagement fails here.</summary>
    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Reacting_members_are_counted_per_post_only_so_no_union_is_published_to_difference(string provider)
    {
        var server = fixture.Server(provider);
        var staff = fixture.Client(provider, server.IssueToken("staff@tests", SermoRoles.Staff));
        var reactorFields = new List<string>();
        var seen = new HashSet<string>();
        var pending = new Queue<string>(["PageEngagement"]);
        while (pending.TryDequeue(out var typeName))
        {
            if (!seen.Add(typeName))
                continue;
            var type = (await staff.DataAsync("query($name: String!) { __type(name: $name) { kind fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } }", new { name = typeName }))
                .GetProperty("__type");
            // The post itself leads on to the whole graph; its one reaction field is the caller's own (viewerReaction).
            if (type.GetProperty("kind").GetString() != "OBJECT" || typeName == "PagePost")
                continue;
            foreach (var field in type.GetProperty("fields").EnumerateArray())
            {
                if (field.GetProperty("name").GetString()!.Contains("reactor", StringComparison.OrdinalIgnoreCase))
                    reactorFields.Add($"{typeName}.{field.GetProperty("name").GetString()}");
                pending.Enqueue(NamedType(field.GetProperty("type")));
            }
        }

        Assert.Contains("PageEngagement", seen);
        Assert.Equal(["PostEngagement.reactors", "PostEngagement.reactorsByPeriod"], reactorFields.Order(StringComparer.Ordinal));
    }

    private static string NamedType(JsonElement type) =>
        type.GetProperty("name").GetString() is { } name ? name : NamedType(type.GetProperty("ofType"));

    /// <summary>A client of an agency acting for the Page's organisation.</summary>
    private async Task<GraphClient> TeamClientAsync(string provider, SermoDbContext db, Guid pageId)
    {
        var page = await db.Pages.AsNoTracking().SingleAsync(p => p.Id == pageId);
        var agency = (await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == page.OrganisationId)).Mandates.First(m => m.RevokedAt == null).AgencyId;
        return fixture.Client(provider, PageTeams.AgencyToken(fixture.Server(provider), agency, "analyst@tests"));
    }

    /// <summary>A breakdown as published: never exactly one hidden cell, a shown cell counts at least 11, a hidden one says
    /// only that it is hidden.</summary>
    private static void AssertSuppressed(JsonElement breakdown)
    {
        var counts = breakdown.EnumerateArray().Select(c => c.GetProperty("members")).ToList();
        Assert.NotEqual(1, counts.Count(c => c.GetProperty("hidden").GetBoolean()));
        Assert.All(counts.Where(c => !c.GetProperty("hidden").GetBoolean()), c => Assert.True(c.GetProperty("members").GetInt32() >= 11));
        Assert.All(counts.Where(c => c.GetProperty("hidden").GetBoolean()), c =>
        {
            Assert.Equal(JsonValueKind.Null, c.GetProperty("members").ValueKind);
            Assert.Equal("fewer than 11", c.GetProperty("label").GetString());
        });
    }
}
