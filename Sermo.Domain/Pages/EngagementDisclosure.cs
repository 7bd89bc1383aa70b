using Sermo.Domain.Privacy;

namespace Sermo.Domain.Pages;

/// <summary>
/// What of a Page's engagement its organisation may see: counts of distinct members, a count shown only where at least
/// <see cref="MinimumMembers"/> members are counted. A breakdown (by specialty group, by region) also hides the next
/// smallest cell when exactly one would be hidden, since the total minus the shown cells would give the hidden one
/// away (complementary suppression). Cells are computed over fixed calendar periods only, so overlapping windows
/// cannot be differenced either.
/// </summary>
public static class EngagementDisclosure
{
    public const int MinimumMembers = ProfileGeneralisation.MinimumMembers;

    public static EngagementCount Count(int members) => members >= MinimumMembers ? new EngagementCount(members) : EngagementCount.Hidden;

    /// <summary>The cells of a breakdown as shown, in the order given; cells of no member are left out.</summary>
    public static IReadOnlyList<(TKey Key, EngagementCount Count)> Breakdown<TKey>(IEnumerable<(TKey Key, int Members)> cells)
    {
        var counted = cells.Where(c => c.Members > 0).ToList();
        var hidden = counted.Where(c => c.Members < MinimumMembers).Select(c => c.Key).ToHashSet();
        if (hidden.Count == 1 && counted.Count > 1)
            hidden.Add(counted.Where(c => !hidden.Contains(c.Key)).MinBy(c => c.Members).Key);
        return [.. counted.Select(c => (c.Key, hidden.Contains(c.Key) ? EngagementCount.Hidden : new EngagementCount(c.Members)))];
    }
}
