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

    /// <summary>The breakdown of <paramref name="members"/> as published: a cell is not shown where its change against an
    /// earlier shown value is too small; where a union of cells known at both is, the total (which makes the blocks
    /// known), or else the first shown cell of the union, is held back and the breakdown decided again. Holding back
    /// only grows, so it ends.</summary>
    public static EngagementBreakdown Decide(IReadOnlyCollection<EngagementMember> members, IReadOnlyCollection<Earlier> earlier)
    {
        var heldBack = new HashSet<object>();
        while (true)
        {
            var breakdown = EngagementDisclosure.Jointly(members, cell =>
            {
                var key = cell ?? PublishedCells.Total;
                return !heldBack.Contains(key) && earlier.All(e => !e.Published.Shown.Contains(key) || Differenceable(e.Changed(key)));
            });
            var now = new PublishedCells(breakdown);
            if (earlier.Select(e => UnionTooFewChanged(e, now)).FirstOrDefault(u => u is not null) is not { } union)
                return breakdown;
            heldBack.Add(now.Shown.Contains(PublishedCells.Total)
                ? PublishedCells.Total
                : union.Where(now.Shown.Contains).MinBy(PublishedCells.Order, StringComparer.Ordinal)!);
        }
    }

    /// <summary>Whether two values of a cell may both be published: nobody in it changed, or enough did.</summary>
    public static bool Differenceable(int changed) => changed == 0 || changed >= EngagementDisclosure.MinimumMembers;

    /// <summary>A component of the blocks of both breakdowns, known at both, in which a few members changed; or null.</summary>
    private static IReadOnlyCollection<object>? UnionTooFewChanged(Earlier earlier, PublishedCells now)
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
        return components.FirstOrDefault(c => c.All(earlier.Published.Covers) && c.All(now.Covers) && !Differenceable(c.Sum(earlier.Changed)));
    }
}
