namespace Sermo.Domain.Pages;

/// <summary>
/// Publishing a count of members (with its breakdowns) that may be set against counts published before of related sets
/// of members: the same Page's followers at an earlier instant (<see cref="FollowerSeries"/>), or the viewers of a
/// shorter period inside this one (<see cref="PeriodEngagement"/>). Two published values of the same cells can always be
/// subtracted, so every union of cells known at both (a cell shown at both, or the blocks of hidden cells a shown total
/// makes known, merged where they overlap) must differ by the doing of none or at least
/// <see cref="EngagementDisclosure.MinimumMembers"/> members. Checking those components checks every union of them: a
/// member counts in one group and one region only, so the members changed in a union are the sum of its components'.
/// </summary>
internal static class EngagementDifferencing
{
    /// <summary>A breakdown published before, and for each cell how many members it differs by from the set now.</summary>
    internal sealed record Earlier(PublishedCells Published, Func<object, int> Changed);

    /// <summary>The breakdown of <paramref name="members"/> as published. Where any cell (the total, a group, a region) or
    /// any union of cells known at both changed too little against an earlier shown value, both breakdowns are hidden
    /// whole, not the cells concerned: which cells went hidden (or which stayed shown beside a hidden total) would name
    /// the group and region of the few members who changed, and the day. The total is held back where it failed itself;
    /// with the breakdowns hidden whole its blocks are all its cells, whose change is the total's, and should a union
    /// still fail it is held back too. Holding back only grows, so it ends.</summary>
    public static EngagementBreakdown Decide(IReadOnlyCollection<EngagementMember> members, IReadOnlyCollection<Earlier> earlier)
    {
        bool ChangedEnough(object key) => earlier.All(e => !e.Published.Shown.Contains(key) || Differenceable(e.Changed(key)));
        var hideBreakdowns = !earlier.SelectMany(e => e.Published.Shown).All(ChangedEnough);
        var holdTotal = !ChangedEnough(PublishedCells.Total);
        while (true)
        {
            var breakdown = EngagementDisclosure.Jointly(members, cell => cell is null ? !holdTotal : !hideBreakdowns);
            var now = new PublishedCells(breakdown);
            if (!earlier.Any(e => UnionTooFewChanged(e, now)))
                return breakdown;
            if (hideBreakdowns)
                holdTotal = true;
            hideBreakdowns = true;
        }
    }

    /// <summary>Whether two values of a cell may both be published: nobody in it changed, or enough did.</summary>
    public static bool Differenceable(int changed) => changed == 0 || changed >= EngagementDisclosure.MinimumMembers;

    /// <summary>Whether a component of the blocks of both breakdowns, known at both, is one in which a few members changed.</summary>
    private static bool UnionTooFewChanged(Earlier earlier, PublishedCells now)
    {
        var components = new List<HashSet<object>>();
        foreach (var block in earlier.Published.Blocks.Concat(now.Blocks))
        {
            var merged = new HashSet<object>(block);
            foreach (var overlapping in components.Where(c => c.Overlaps(merged)).ToList())
            {
                merged.UnionWith(overlapping);
                components.Remove(overlapping);
            }
            components.Add(merged);
        }
        return components.Any(c => c.All(earlier.Published.Covers) && c.All(now.Covers) && !Differenceable(c.Sum(earlier.Changed)));
    }
}
