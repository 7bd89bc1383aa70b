using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;

namespace Sermo.Tests.Domain;

/// <summary>Viewer counts per period attacked (<see cref="EngagementAttacker"/>): a team reading a Page's viewers by day,
/// by week and by month sets each period against every shorter period inside it (a week's viewers include each of its
/// days'; a month's its days' and weeks'), cell by cell and block by block. With <see cref="PeriodEngagement"/> no such
/// difference is the doing of 1 to 10 members; the same attacker against each period published alone finds some.</summary>
public class PeriodEngagementAttackTests
{
    private static readonly IReadOnlyList<SpecialtyGroup> Groups = SpecialtyGroups.All;
    private static readonly IReadOnlyList<CountryRegion> Regions = CountryRegions.All;
    private static readonly DateOnly First = new(2026, 3, 1);
    private static readonly DateOnly End = new(2026, 6, 1);

    private readonly EngagementAttacker _attacker = new([.. Groups.Select(g => g.Code)], [.. Regions.Select(r => r.Code)]);

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_period_differs_from_a_shorter_one_inside_it_by_a_few_members(int seed)
    {
        var views = Views(seed);

        var small = SmallDifferences(views, [.. Periods(First, End)], (start, end) => PeriodEngagement.Breakdown(views, start, end));

        Assert.Empty(small);
        // Still publishes: some weeks and months show their viewers.
        Assert.Contains(Periods(First, End), p => !PeriodEngagement.Breakdown(views, p.Start, p.End).Total.IsHidden);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_period_published_alone_gives_such_differences_away(int seed)
    {
        var views = Views(seed);

        var small = SmallDifferences(views, [.. Periods(First, End)], (start, end) => EngagementDisclosure.Jointly([.. MembersIn(views, start, end)]));

        Assert.NotEmpty(small);
    }

    [Fact]
    public void A_week_of_twelve_viewers_is_hidden_beside_a_day_of_eleven()
    {
        var monday = new DateOnly(2026, 3, 2);
        (EngagementMember, DateOnly)[] views = [.. Enumerable.Range(0, 11).Select(i => (Member(i, 0, 0), monday)), (Member(11, 0, 0), monday.AddDays(2))];

        Assert.Equal(11, PeriodEngagement.Breakdown(views, monday, monday.AddDays(1)).Total.Members);
        Assert.True(PeriodEngagement.Breakdown(views, monday, monday.AddDays(7)).Total.IsHidden);
        (Guid, DateOnly)[] reactions = [.. views.Select(v => (v.Item1.Member, v.Item2))];
        Assert.Equal(11, PeriodEngagement.Total(reactions, monday, monday.AddDays(1)).Members);
        Assert.True(PeriodEngagement.Total(reactions, monday, monday.AddDays(7)).IsHidden);
    }

    public static TheoryData<int> Neighbours() => [0, 11];

    /// <summary>The viewers' side of the session-8 finding on follows: a week or month that holds one member's view
    /// beside days inside it that do not must not hide just the cells that member counts in, or which cells hide would
    /// name the view's group, region and day. Wherever the one viewer comes from and whichever day of the week they
    /// viewed, the cells hidden over every day, week and month are the same, and no cell or known block of cells differs
    /// from a shorter period's by a few members.</summary>
    [Theory]
    [MemberData(nameof(Neighbours))]
    public void Which_cells_hide_does_not_say_where_one_view_came_from(int neighbours)
    {
        var march = Periods(First, First.AddMonths(1)).ToList();
        var days = march.Where(p => p.End == p.Start.AddDays(1)).Select(p => p.Start).ToList();
        var monday = new DateOnly(2026, 3, 9);
        var patterns = new HashSet<string>();
        foreach (var group in Enumerable.Range(0, 4))
        {
            foreach (var region in Enumerable.Range(0, 3))
            {
                // The week's first, a middle and its last day.
                foreach (var day in new[] { 0, 3, 6 }.Select(monday.AddDays))
                {
                    // 80 regulars view every day; the one views once, the neighbours (of the first group and region)
                    // the same day.
                    List<(EngagementMember Member, DateOnly Day)> views =
                    [
                        .. Enumerable.Range(0, 80).SelectMany(i => days.Select(d => (Regular(i), d))),
                        (Member(999, group, region), day),
                        .. Enumerable.Range(1000, neighbours).Select(i => (Member(i, 0, 0), day)),
                    ];
                    var published = march.ToDictionary(p => p, p => PeriodEngagement.Breakdown(views, p.Start, p.End));

                    Assert.Empty(SmallDifferences(views, march, (start, end) => published[(start, end)]));
                    Assert.Contains(published.Values, p => p.BySpecialtyGroup.Any(c => !c.Count.IsHidden));
                    // Beside eleven neighbours of its own group and region, the one is one of twelve who joined the same
                    // two cells, each changed by enough: that may show, and says nothing of a single member.
                    if (neighbours == 0 || (group, region) != (0, 0))
                        patterns.Add(string.Join(" | ", march.Select(p => EngagementAttacker.Hidden(published[p]))));
                }
            }
        }
        Assert.Single(patterns);
    }

    /// <summary>Each (period, shorter period inside it) pair, with every cell or union of cells the attacker knows at both
    /// in which 1 to 10 members are in the longer period and not in the shorter.</summary>
    private List<string> SmallDifferences(IReadOnlyCollection<(EngagementMember Member, DateOnly Day)> views, IReadOnlyList<(DateOnly Start, DateOnly End)> periods,
        Func<DateOnly, DateOnly, EngagementBreakdown> publish)
    {
        var small = new List<string>();
        var known = periods.ToDictionary(p => p, p => _attacker.Known(publish(p.Start, p.End)));
        foreach (var outer in periods)
        {
            foreach (var inner in periods.Where(q => q != outer && q.Start >= outer.Start && q.End <= outer.End))
            {
                var innerMembers = MembersIn(views, inner.Start, inner.End).Select(m => m.Member).ToHashSet();
                var added = MembersIn(views, outer.Start, outer.End).Where(m => !innerMembers.Contains(m.Member)).ToList();
                var unions = known[outer].Keys.Intersect(known[inner].Keys).Select(c => (IReadOnlyCollection<string>)[c])
                    .Concat(_attacker.KnownUnions(known[outer], known[inner]));
                foreach (var union in unions)
                {
                    var count = added.Count(m => union.Any(cell => cell == EngagementAttacker.Total || cell == "group:" + m.Group.Code || cell == "region:" + m.Region.Code));
                    if (count is > 0 and < EngagementDisclosure.MinimumMembers)
                        small.Add($"{string.Join("+", union)}: {outer.Start}..{outer.End} vs {inner.Start}..{inner.End}, {count} more");
                }
            }
        }
        return small;
    }

    /// <summary>The days, weeks (from Monday) and months of [first, end).</summary>
    private static IEnumerable<(DateOnly Start, DateOnly End)> Periods(DateOnly first, DateOnly end)
    {
        for (var day = first; day < end; day = day.AddDays(1))
        {
            yield return (day, day.AddDays(1));
            if (day.DayOfWeek == DayOfWeek.Monday && day.AddDays(7) <= end)
                yield return (day, day.AddDays(7));
            if (day.Day == 1)
                yield return (day, day.AddMonths(1));
        }
    }

    private static IEnumerable<EngagementMember> MembersIn(IEnumerable<(EngagementMember Member, DateOnly Day)> views, DateOnly start, DateOnly end) =>
        views.Where(v => v.Day >= start && v.Day < end).Select(v => v.Member).DistinctBy(m => m.Member);

    /// <summary>A Page's viewers over three months: regulars who come back most days, and occasional visitors, from four
    /// specialty groups and three regions.</summary>
    private static List<(EngagementMember Member, DateOnly Day)> Views(int seed)
    {
        var random = new Random(seed);
        var views = new List<(EngagementMember, DateOnly)>();
        for (var i = 0; i < 120; i++)
        {
            var member = Member(i, random.Next(4) % (i % 5 == 0 ? 4 : 2), random.Next(3));
            var often = i < 25 ? 0.7 : 0.04;
            for (var day = First; day < End; day = day.AddDays(1))
                if (random.NextDouble() < often)
                    views.Add((member, day));
        }
        return views;
    }

    /// <summary>One of 80 regular viewers: four groups of 30, 22, 16 and 12 and three regions of 40, 24 and 16. One
    /// viewer more in any of them leaves their order as it is, so a day's own suppression (which hides the smallest shown
    /// cells first) hides the same cells with the one or without: a day is published from its own viewers alone, and
    /// only the rule between periods could make the hidden cells differ.</summary>
    private static EngagementMember Regular(int index) =>
        Member(index, index < 30 ? 0 : index < 52 ? 1 : index < 68 ? 2 : 3, (index % 10) switch { < 5 => 0, < 8 => 1, _ => 2 });

    private static EngagementMember Member(int index, int group, int region) => new(new Guid(index + 1, 0, 0, new byte[8]), Groups[group], Regions[region]);
}
