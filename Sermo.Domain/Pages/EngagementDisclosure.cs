using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;

namespace Sermo.Domain.Pages;

/// <summary>
/// What of a Page's engagement its organisation may see: counts of distinct members, a count shown only where at least
/// <see cref="MinimumMembers"/> members are counted. A total and its two breakdowns (by specialty group, by region) are
/// decided together (<see cref="Jointly"/>): each breakdown adds up to the total, so a hidden cell must not be the
/// total minus the shown cells of its breakdown, and a hidden total must not be the sum of a breakdown shown whole
/// (complementary suppression over both breakdowns against the same total); nor may the hidden cells of a breakdown
/// add up to a small count. Follower counts over time are decided by <see cref="FollowerSeries"/>, which also keeps
/// counts of different days from being differenced.
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
        var groups = members.GroupBy(m => m.Group).OrderBy(g => g.Key.Name, StringComparer.Ordinal).Select(g => new Cell(g.Key, g.Count(), mayShow)).ToList();
        var regions = members.GroupBy(m => m.Region).OrderBy(g => g.Key.Name, StringComparer.Ordinal).Select(g => new Cell(g.Key, g.Count(), mayShow)).ToList();
        Suppress(total, groups, regions);
        return new EngagementBreakdown(total.Published,
            [.. groups.Select(c => ((SpecialtyGroup)c.Key!, c.Published))],
            [.. regions.Select(c => ((CountryRegion)c.Key!, c.Published))]);
    }

    /// <summary>Hides more cells until no hidden one follows from the shown ones: with the total known, a breakdown
    /// never has exactly one hidden cell, and its hidden cells together (the total minus the shown ones) count at least
    /// <see cref="MinimumMembers"/> (else two hidden cells of one member each would be known to be one each): the next
    /// smallest goes too, or the total when nothing else is left. With the total hidden, each breakdown hides at least
    /// one cell (or the total would be their sum).</summary>
    private static void Suppress(Cell total, List<Cell> groups, List<Cell> regions)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var breakdown in new[] { groups, regions })
            {
                var hidden = breakdown.Count(c => !c.Shown);
                // With the total known, the hidden cells' sum is known too: it must be a count that could be shown.
                var hiddenSum = breakdown.Where(c => !c.Shown).Sum(c => c.Members);
                if (total.Shown && (hidden == 1 || (hidden > 1 && hiddenSum < MinimumMembers)))
                {
                    if (breakdown.Where(c => c.Shown).MinBy(c => c.Members) is { } next)
                        next.Shown = false;
                    else
                        total.Shown = false;
                    changed = true;
                }
                else if (!total.Shown && hidden == 0 && breakdown.Count > 0)
                {
                    breakdown.MinBy(c => c.Members)!.Shown = false;
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private sealed class Cell(object? key, int members, Func<object?, bool> mayShow)
    {
        public object? Key { get; } = key;
        public int Members { get; } = members;
        public bool Shown { get; set; } = members >= MinimumMembers && mayShow(key);
        public EngagementCount Published => Shown ? new EngagementCount(Members) : EngagementCount.Hidden;
    }
}
