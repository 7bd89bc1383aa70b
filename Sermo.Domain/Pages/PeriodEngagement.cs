namespace Sermo.Domain.Pages;

/// <summary>
/// Distinct members active in a calendar period (a Page's viewers, the members reacting to its posts) as its organisation
/// may see them. Periods nest: a week holds its seven days, a month its days and the ISO weeks wholly inside it, and the
/// longer period's members include each shorter one's, so the two counts set against each other give the members
/// active in the longer period but not in the shorter. A period is therefore decided against every shorter period inside
/// it as that one is published (shorter first, from the period's own activity only, so every report publishes the same):
/// each cell, and each union of cells known at both, differs by none or at least
/// <see cref="EngagementDisclosure.MinimumMembers"/> members (<see cref="EngagementDifferencing"/>). Periods that only
/// overlap (a week across two months) have no exact relation between their counts.
/// </summary>
public static class PeriodEngagement
{
    /// <summary>The members active in [<paramref name="start"/>, <paramref name="end"/>) with their breakdowns, as published.</summary>
    public static EngagementBreakdown Breakdown(IReadOnlyCollection<(EngagementMember Member, DateOnly Day)> activity, DateOnly start, DateOnly end)
    {
        var members = MembersIn(activity, start, end);
        var counts = Counts(members);
        var earlier = Inside(start, end).Select(inner =>
        {
            var innerCounts = Counts(MembersIn(activity, inner.Start, inner.End));
            return new EngagementDifferencing.Earlier(new PublishedCells(Breakdown(activity, inner.Start, inner.End)),
                cell => counts.GetValueOrDefault(cell) - innerCounts.GetValueOrDefault(cell));
        }).ToList();
        return EngagementDifferencing.Decide(members, earlier);
    }

    /// <summary>The number of members active in the period, where no breakdown of them is published: shown from the
    /// threshold, and only if it differs from each shorter period's shown count inside it by none or enough members.</summary>
    public static EngagementCount Total(IReadOnlyCollection<(Guid Member, DateOnly Day)> activity, DateOnly start, DateOnly end)
    {
        var count = activity.Where(a => a.Day >= start && a.Day < end).Select(a => a.Member).Distinct().Count();
        var shown = count >= EngagementDisclosure.MinimumMembers
            && Inside(start, end).All(inner => Total(activity, inner.Start, inner.End).Members is not { } innerCount
                || EngagementDifferencing.Differenceable(count - innerCount));
        return shown ? new EngagementCount(count) : EngagementCount.Hidden;
    }

    /// <summary>The shorter periods wholly inside [start, end): its days when longer than a day, and the weeks (from
    /// Monday) inside it when longer than a week.</summary>
    private static IEnumerable<(DateOnly Start, DateOnly End)> Inside(DateOnly start, DateOnly end)
    {
        var length = end.DayNumber - start.DayNumber;
        if (length <= 1)
            yield break;
        for (var day = start; day < end; day = day.AddDays(1))
            yield return (day, day.AddDays(1));
        if (length <= 7)
            yield break;
        for (var day = start; day.AddDays(7) <= end; day = day.AddDays(1))
            if (day.DayOfWeek == DayOfWeek.Monday)
                yield return (day, day.AddDays(7));
    }

    private static List<EngagementMember> MembersIn(IEnumerable<(EngagementMember Member, DateOnly Day)> activity, DateOnly start, DateOnly end) =>
        [.. activity.Where(a => a.Day >= start && a.Day < end).Select(a => a.Member).DistinctBy(m => m.Member)];

    private static Dictionary<object, int> Counts(List<EngagementMember> members)
    {
        var counts = new Dictionary<object, int> { [PublishedCells.Total] = members.Count };
        foreach (var member in members)
        {
            counts[member.Group] = counts.GetValueOrDefault(member.Group) + 1;
            counts[member.Region] = counts.GetValueOrDefault(member.Region) + 1;
        }
        return counts;
    }
}
