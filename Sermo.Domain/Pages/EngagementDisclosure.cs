using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;

namespace Sermo.Domain.Pages;

/// <summary>
/// What of a Page's engagement its organisation may see: counts of distinct members, a count shown only where at least
/// <see cref="MinimumMembers"/> members are counted. A total and its two breakdowns (by specialty group, by region) are
/// decided together (<see cref="Jointly"/>): each breakdown lists every group or region of the domain (one without
/// members is a zero, hidden like any count under the threshold) and adds up to the total, so the breakdown and its total
/// are protected as one relation (complementary suppression, the rule of the pharma reports, docs/reports-disclosure.md):
/// its hidden cells are none (the total shown), all (the total hidden too), or at least two counting at least
/// <see cref="MinimumMembers"/> together, a hidden zero counted as the zero it is (else a total equal to its shown cells
/// would say the hidden ones are empty). Follower counts over time are decided by <see cref="FollowerSeries"/>, which
/// also keeps counts of different days from being differenced.
/// </summary>
public static class EngagementDisclosure
{
    public const int MinimumMembers = ProfileGeneralisation.MinimumMembers;

    public static EngagementCount Count(int members) => members >= MinimumMembers ? new EngagementCount(members) : EngagementCount.Hidden;

    /// <summary>The total of <paramref name="members"/> (distinct) and its breakdowns as shown.</summary>
    public static EngagementBreakdown Jointly(IReadOnlyCollection<EngagementMember> members) => Jointly(members, _ => true);

    /// <param name="mayShow">Whether a cell may be shown at all, before suppression: the key is null for the total, else
    /// the <see cref="SpecialtyGroup"/> or <see cref="CountryRegion"/> (a follower count whose change is too small says no).</param>
    internal static EngagementBreakdown Jointly(IReadOnlyCollection<EngagementMember> members, Func<object?, bool> mayShow)
    {
        var total = new Cell(null, members.Count, mayShow);
        var byGroup = members.CountBy(m => m.Group).ToDictionary();
        var byRegion = members.CountBy(m => m.Region).ToDictionary();
        if (byGroup.Keys.Except(SpecialtyGroups.All).Concat<object>(byRegion.Keys.Except(CountryRegions.All)).FirstOrDefault() is { } unknown)
            throw new InvalidOperationException($"{unknown} is not a group or region of the domain's lists.");
        var groups = SpecialtyGroups.All.Select(g => new Cell(g, byGroup.GetValueOrDefault(g), mayShow)).ToList();
        var regions = CountryRegions.All.Select(r => new Cell(r, byRegion.GetValueOrDefault(r), mayShow)).ToList();
        Suppress(total, groups, regions);
        return new EngagementBreakdown(total.Published,
            [.. groups.Select(c => ((SpecialtyGroup)c.Key!, c.Published))],
            [.. regions.Select(c => ((CountryRegion)c.Key!, c.Published))]);
    }

    /// <summary>Hides more cells until both breakdowns are protected (<see cref="IsProtected"/>): the smallest cell still
    /// shown goes next, or the total when none is left. Hiding only grows, so it ends.</summary>
    private static void Suppress(Cell total, List<Cell> groups, List<Cell> regions)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var breakdown in new[] { groups, regions }.Where(b => !IsProtected(total, b)))
            {
                if (breakdown.Where(c => c.Shown).MinBy(c => c.Members) is { } next)
                    next.Shown = false;
                else
                    total.Shown = false;
                changed = true;
            }
        }
        while (changed);
    }

    /// <summary>Nothing follows about a hidden cell from the breakdown's sum: nothing is hidden; or everything is, the
    /// total too; or at least two cells are hidden and together count at least <see cref="MinimumMembers"/> (zeros
    /// included as zeros: the total minus the shown cells is their sum, so it must be a count that could be shown).
    /// With the total hidden, a breakdown shown whole would be the total, so something of it is hidden.</summary>
    private static bool IsProtected(Cell total, List<Cell> breakdown)
    {
        var hidden = breakdown.Where(c => !c.Shown).ToList();
        if (hidden.Count == 0)
            return total.Shown;
        if (hidden.Count == breakdown.Count && !total.Shown)
            return true;
        return hidden.Count >= 2 && hidden.Sum(c => c.Members) >= MinimumMembers;
    }

    private sealed class Cell(object? key, int members, Func<object?, bool> mayShow)
    {
        public object? Key { get; } = key;
        public int Members { get; } = members;
        public bool Shown { get; set; } = members >= MinimumMembers && mayShow(key);
        public EngagementCount Published => Shown ? new EngagementCount(Members) : EngagementCount.Hidden;
    }
}
