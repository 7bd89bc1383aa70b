using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;

namespace Sermo.Tests.Domain;

/// <summary>The engagement rule attacked (<see cref="EngagementAttacker"/>): from the follower counts a Page's team can
/// read, day by day, no hidden cell is worked out at any instant, and no two known values of a cell differ by the doing of
/// fewer than 11 members. The same attacker against counts published per day without the rule finds both, so the test
/// can fail.</summary>
public class EngagementAttackTests
{
    // The domain's lists, as published; the followers below come from the first few of each.
    private static readonly IReadOnlyList<SpecialtyGroup> Groups = SpecialtyGroups.All;
    private static readonly IReadOnlyList<CountryRegion> Regions = CountryRegions.All;
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly LastDay = new(2026, 6, 30);
    private static readonly DateTime Now = new(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc);

    private readonly EngagementAttacker _attacker = new([.. Groups.Select(g => g.Code)], [.. Regions.Select(r => r.Code)]);

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_hidden_cell_is_worked_out_and_no_difference_is_the_doing_of_a_few_members(int seed)
    {
        var follows = Churn(seed);
        var series = new FollowerSeries(follows, LastDay, Now);
        var days = Days().ToList();
        var published = days.Select(series.At).ToList();

        Assert.Empty(Recovered(published));
        Assert.Empty(SmallDifferences(follows, days, published));
        // The rule still publishes: the Page's followers show on some days.
        Assert.Contains(published, p => !p.Total.IsHidden);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Without_the_rule_the_same_attacker_finds_small_differences(int seed)
    {
        var follows = Churn(seed);
        var days = Days().ToList();
        var naive = days.Select(day => EngagementDisclosure.Jointly([.. FollowingAt(follows, day).Select(f => f.Member)])).ToList();

        Assert.NotEmpty(SmallDifferences(follows, days, naive));
    }

    [Fact]
    public void One_member_following_a_page_of_thirty_is_not_published_as_a_step_of_one()
    {
        var stable = Enumerable.Range(0, 30).Select(i => Follow(i, Start.AddHours(1), null)).ToList();
        List<FollowSpan> follows = [.. stable, Follow(30, Start.AddDays(40).AddHours(9), null)];
        var series = new FollowerSeries(follows, LastDay, Now);
        var before = series.At(DateOnly.FromDateTime(Start.AddDays(40)));
        var after = series.At(DateOnly.FromDateTime(Start.AddDays(41)));

        Assert.Equal(30, before.Total.Members);
        Assert.True(after.Total.IsHidden);
        Assert.Empty(SmallDifferences(follows, [.. Days()], [.. Days().Select(series.At)]));
        var naive = EngagementDisclosure.Jointly([.. FollowingAt(follows, DateOnly.FromDateTime(Start.AddDays(41))).Select(f => f.Member)]);
        Assert.Equal(31, naive.Total.Members);
    }

    public static TheoryData<int> Neighbours() => [0, 11];

    /// <summary>The session-8 finding: one member following, with nobody else (or eleven members of another group and
    /// region) changing the same day, hid exactly the cells that member counts in, so which cells went hidden named the
    /// follow's group and region and its day. Wherever the one member comes from, the pattern of hidden cells is the same
    /// on every day, and no cell or known block of cells moves by a few members.</summary>
    [Theory]
    [MemberData(nameof(Neighbours))]
    public void Which_cells_hide_does_not_say_where_one_follow_came_from(int neighbours)
    {
        var patterns = new HashSet<string>();
        foreach (var group in Enumerable.Range(0, 4))
        {
            foreach (var region in Enumerable.Range(0, 3))
            {
                // 80 followers from four groups and three regions; the one follows on day 5 and stops on day 8; the
                // neighbours (from the first group and region) follow on day 5 and stay.
                List<FollowSpan> follows =
                [
                    .. Enumerable.Range(0, 80).Select(i => new FollowSpan(Member(i, i % 4, i % 3), Start.AddHours(1), null)),
                    new(Member(999, group, region), Start.AddDays(5).AddHours(9), Start.AddDays(8).AddHours(9)),
                    .. Enumerable.Range(1000, neighbours).Select(i => new FollowSpan(Member(i, 0, 0), Start.AddDays(5).AddHours(10), null)),
                ];
                var days = Enumerable.Range(0, 20).Select(d => DateOnly.FromDateTime(Start.AddDays(d))).ToList();
                var series = new FollowerSeries(follows, days[^1], Now);
                var published = days.Select(series.At).ToList();

                Assert.Empty(Recovered(published));
                Assert.Empty(SmallDifferences(follows, days, published));
                Assert.Contains(published, p => p.BySpecialtyGroup.Any(c => !c.Count.IsHidden));
                // Beside eleven neighbours of its own group and region, the one is one of twelve who joined the same two
                // cells, each changed by enough: that may show, and says nothing of a single member.
                if (neighbours == 0 || (group, region) != (0, 0))
                    patterns.Add(string.Join(" | ", published.Select(EngagementAttacker.Hidden)));
            }
        }
        Assert.Single(patterns);
    }

    [Fact]
    public void A_day_not_yet_begun_is_not_published()
    {
        var follows = Enumerable.Range(0, 40).Select(i => Follow(i, Start.AddHours(1), null)).ToList();
        var series = new FollowerSeries(follows, new DateOnly(2026, 8, 1), Now);

        Assert.Equal(40, series.At(new DateOnly(2026, 7, 15)).Total.Members);
        Assert.True(series.At(new DateOnly(2026, 7, 16)).Total.IsHidden);
        Assert.Equal(new DateOnly(2026, 7, 15), series.LastClosedDay);
    }

    [Fact]
    public void The_attacker_pins_hidden_zeros_under_a_total_equal_to_its_shown_cells_and_solves_a_single_hidden_cell()
    {
        var pinned = new EngagementBreakdown(new EngagementCount(30),
            [.. Groups.Select((g, i) => (g, i == 0 ? new EngagementCount(30) : EngagementCount.Hidden))],
            [.. Regions.Select((r, i) => (r, i == 0 ? new EngagementCount(30) : EngagementCount.Hidden))]);
        var solved = new EngagementBreakdown(EngagementCount.Hidden,
            [.. Groups.Select((g, i) => (g, i < 2 ? new EngagementCount(12 + 2 * i) : EngagementCount.Hidden))],
            [.. Regions.Select((r, i) => (r, i == 0 ? new EngagementCount(20) : EngagementCount.Hidden))]);

        var known = _attacker.Known(pinned);
        Assert.All(Groups.Skip(1), g => Assert.Equal(0, known["group:" + g.Code]));
        Assert.All(Regions.Skip(1), r => Assert.Equal(0, known["region:" + r.Code]));
        // Two shown groups and one shown region, every other cell hidden: nothing solves alone, but the earlier rule's
        // shape (one hidden cell beside a shown breakdown) does.
        Assert.DoesNotContain(EngagementAttacker.Total, _attacker.Known(solved).Keys);
        var single = new EngagementBreakdown(EngagementCount.Hidden,
            [.. Groups.Select((g, i) => (g, new EngagementCount(i < 2 ? 12 + 2 * i : 0)))],
            [.. Regions.Select((r, i) => (r, i == 1 ? EngagementCount.Hidden : new EngagementCount(i == 0 ? 20 : 0)))]);
        Assert.Equal((26, 6), (_attacker.Known(single)[EngagementAttacker.Total], _attacker.Known(single)["region:" + Regions[1].Code]));
    }

    [Fact]
    public void Every_group_and_region_is_listed_and_a_hidden_zero_is_hidden_like_a_small_count()
    {
        // 30 followers: 28 cardiologists, an oncologist and a GP; all in one region.
        var members = Enumerable.Range(0, 30).Select(i => Member(i, i < 28 ? 0 : i - 27, 0)).ToList();

        var shown = EngagementDisclosure.Jointly(members);

        Assert.Equal(Groups, shown.BySpecialtyGroup.Select(c => c.Group));
        Assert.Equal(Regions, shown.ByRegion.Select(c => c.Region));
        Assert.Equal(30, shown.Total.Members);
        // The region of all 30 is not shown beside its empty neighbours: the total minus it would say they are empty.
        Assert.All(shown.ByRegion, c => Assert.True(c.Count.IsHidden));
        Assert.Empty(Recovered([shown]));
    }

    [Fact]
    public void Nobody_following_is_hidden_as_a_whole_and_gives_the_attacker_nothing()
    {
        var nobody = EngagementDisclosure.Jointly([]);

        Assert.True(nobody.Total.IsHidden);
        Assert.All(nobody.BySpecialtyGroup.Select(c => c.Count).Concat(nobody.ByRegion.Select(c => c.Count)), c => Assert.True(c.IsHidden));
        Assert.Empty(Recovered([nobody, EngagementBreakdown.Hidden]));
    }

    /// <summary>Hidden cells the attacker worked out at some instant (by elimination or by pinning).</summary>
    private List<string> Recovered(IReadOnlyList<EngagementBreakdown> published)
    {
        var recovered = new List<string>();
        foreach (var (instant, index) in published.Select((p, i) => (p, i)))
        {
            var known = _attacker.Known(instant);
            var shown = new HashSet<string>();
            if (!instant.Total.IsHidden)
                shown.Add(EngagementAttacker.Total);
            shown.UnionWith(instant.BySpecialtyGroup.Where(c => !c.Count.IsHidden).Select(c => "group:" + c.Group.Code));
            shown.UnionWith(instant.ByRegion.Where(c => !c.Count.IsHidden).Select(c => "region:" + c.Region.Code));
            var hidden = instant.BySpecialtyGroup.Where(c => c.Count.IsHidden).Select(c => "group:" + c.Group.Code)
                .Concat(instant.ByRegion.Where(c => c.Count.IsHidden).Select(c => "region:" + c.Region.Code))
                .Concat(instant.Total.IsHidden ? [EngagementAttacker.Total] : []);
            recovered.AddRange(hidden.Where(known.ContainsKey).Select(c => $"instant {index}: {c} = {known[c]}"));
        }
        return recovered;
    }

    /// <summary>Pairs of instants at which the attacker knows a cell, or a union of cells (a block of hidden cells), and
    /// fewer than 11 (but some) members changed in it.</summary>
    private List<string> SmallDifferences(IReadOnlyList<FollowSpan> follows, IReadOnlyList<DateOnly> days, IReadOnlyList<EngagementBreakdown> published)
    {
        var known = published.Select(_attacker.Known).ToList();
        var truth = days.Select(d => FollowingAt(follows, d).Select(f => f.Member).ToDictionary(m => m.Member)).ToList();
        var small = new List<string>();
        for (var earlier = 0; earlier < days.Count; earlier++)
        {
            for (var later = earlier + 1; later < days.Count; later++)
            {
                var changed = truth[earlier].Keys.Union(truth[later].Keys).Where(m => truth[earlier].ContainsKey(m) != truth[later].ContainsKey(m))
                    .Select(m => truth[earlier].GetValueOrDefault(m) ?? truth[later][m]).ToList();
                if (changed.Count == 0)
                    continue;
                var unions = known[earlier].Keys.Intersect(known[later].Keys).Select(c => (IReadOnlyCollection<string>)[c])
                    .Concat(_attacker.KnownUnions(known[earlier], known[later]));
                foreach (var union in unions)
                {
                    var count = changed.Count(m => union.Any(cell => In(m, cell)));
                    if (count is > 0 and < EngagementDisclosure.MinimumMembers)
                        small.Add($"{string.Join("+", union)}: {days[earlier]} → {days[later]}, {count} changed");
                }
            }
        }
        return small;
    }

    private static bool In(EngagementMember member, string cell) =>
        cell == EngagementAttacker.Total || cell == "group:" + member.Group.Code || cell == "region:" + member.Region.Code;

    private static IEnumerable<FollowSpan> FollowingAt(IEnumerable<FollowSpan> follows, DateOnly day)
    {
        var at = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return follows.Where(f => f.From < at && (f.Until is null || f.Until >= at)).DistinctBy(f => f.Member.Member);
    }

    private static IEnumerable<DateOnly> Days()
    {
        for (var day = DateOnly.FromDateTime(Start); day <= LastDay; day = day.AddDays(1))
            yield return day;
    }

    /// <summary>A Page's followers over half a year: a core that stays, and members who come and go, a few a week; from
    /// four specialty groups (two of them rare) and three regions, every other group and region empty.</summary>
    private static List<FollowSpan> Churn(int seed)
    {
        var random = new Random(seed);
        var follows = new List<FollowSpan>();
        for (var i = 0; i < 160; i++)
        {
            var from = Start.AddHours(random.Next(0, 180 * 24));
            DateTime? until = random.Next(3) == 0 ? from.AddHours(random.Next(24, 60 * 24)) : null;
            follows.Add(new FollowSpan(Member(i, random.Next(4) % (i % 5 == 0 ? 4 : 2), random.Next(3)), from, until));
        }
        return follows;
    }

    private static FollowSpan Follow(int member, DateTime from, DateTime? until) => new(Member(member, member % 3, member % 2), from, until);

    private static EngagementMember Member(int index, int group, int region) => new(new Guid(index + 1, 0, 0, new byte[8]), Groups[group], Regions[region]);
}
