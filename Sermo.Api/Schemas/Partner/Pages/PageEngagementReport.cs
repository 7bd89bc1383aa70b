using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>A Page's engagement over a window of calendar periods, every count already through
/// <see cref="EngagementDisclosure"/>: counts of distinct members, never who.</summary>
public sealed record PageEngagementReport(
    EngagementWindow Window,
    EngagementCount Followers,
    EngagementCount Viewers,
    EngagementCount Reactors,
    IReadOnlyList<EngagementPeriodCounts> Periods,
    IReadOnlyList<SpecialtyGroupCount> FollowersBySpecialtyGroup,
    IReadOnlyList<RegionCount> FollowersByRegion,
    IReadOnlyList<SpecialtyGroupCount> ViewersBySpecialtyGroup,
    IReadOnlyList<RegionCount> ViewersByRegion,
    IReadOnlyList<PostEngagement> Posts);
