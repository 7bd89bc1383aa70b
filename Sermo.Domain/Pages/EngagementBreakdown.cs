using Sermo.Domain.Physicians;

namespace Sermo.Domain.Pages;

/// <summary>A count of distinct members as published, with its breakdowns by specialty group and by region, all three
/// decided together (<see cref="EngagementDisclosure.Jointly"/>). Groups and regions without members are left out.</summary>
public sealed record EngagementBreakdown(
    EngagementCount Total,
    IReadOnlyList<(SpecialtyGroup Group, EngagementCount Count)> BySpecialtyGroup,
    IReadOnlyList<(CountryRegion Region, EngagementCount Count)> ByRegion)
{
    public static EngagementBreakdown Hidden { get; } = new(EngagementCount.Hidden, [], []);
}
