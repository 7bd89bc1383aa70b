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

        var small = SmallDifferences(views, (start, end) => PeriodEngagement.Breakdown(views, start, end));

        Assert.Empty(small);
        // Still publishes: some weeks and months show their viewers.
        Assert.Contains(Periods(), p => !PeriodEngagement.Breakdown(views, p.Start, p.End).Total.IsHidden);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_period_published_alone_gives_such_differences_away(int seed)
    {
        var views = Views(seed);

        var small = SmallDifferences(views, (start, end) => EngagementDisclosure.Jointly([.. MembersIn(views, start, end)]));

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

    /// <summary>Each (period, shorter period inside it) pair, with every cell or union of cells the attacker knows at both
    /// in which 1 to 10 members are in the longer period and not in the shorter.</summary>
    private List<string> SmallDifferences(IReadOnlyCollection<(EngagementMember Member, DateOnly Day)> views, Func<DateOnly, DateOnly, EngagementBreakdown> publish)
    {
        var small = new List<string>();
        var periods = Periods().ToList();
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

    /// <summary>The days, weeks (from Monday) and months of the span.</summary>
    private static IEnumerable<(DateOnly Start, DateOnly End)> Periods()
    {
        for (var day = First; day < End; day = day.AddDays(1))
        {
            yield return (day, day.AddDays(1));
            if (day.DayOfWeek == DayOfWeek.Monday && day.AddDays(7) <= End)
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

    private static EngagementMember Member(int index, int group, int region) => new(new Guid(index + 1, 0, 0, new byte[8]), Groups[group], Regions[region]);
}
