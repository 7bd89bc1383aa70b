using Sermo.Domain.Physicians;

namespace Sermo.Domain.Pages;

/// <summary>A count of distinct members as published, with its breakdowns by specialty group and by region, all three
/// decided together (<see cref="EngagementDisclosure.Jointly"/>). Every group and every region is listed, one without
/// members hidden like one of 1 to 10, so which rows a breakdown has says nothing about where its members come from.</summary>
public sealed record EngagementBreakdown(
    EngagementCount Total,
    IReadOnlyList<(SpecialtyGroup Group, EngagementCount Count)> BySpecialtyGroup,
    IReadOnlyList<(CountryRegion Region, EngagementCount Count)> ByRegion)
{
    /// <summary>Nothing shown: the total and every group and region hidden.</summary>
    public static EngagementBreakdown Hidden { get; } = new(EngagementCount.Hidden,
        [.. SpecialtyGroups.All.Select(g => (g, EngagementCount.Hidden))],
        [.. CountryRegions.All.Select(r => (r, EngagementCount.Hidden))]);
}
