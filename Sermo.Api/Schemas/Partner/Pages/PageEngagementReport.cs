using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>A Page's engagement over a window of calendar periods, every count already through
/// <see cref="EngagementDisclosure"/>: counts of distinct members, never who. Reacting members are counted per post
/// only: a count of the members reacting to any post, set against the posts' counts, would give by inclusion-exclusion
/// how many reacted to one post and not another, a few members.</summary>
public sealed record PageEngagementReport(
    EngagementWindow Window,
    EngagementCount Followers,
    EngagementCount Viewers,
    IReadOnlyList<EngagementPeriodCounts> Periods,
    IReadOnlyList<SpecialtyGroupCount> FollowersBySpecialtyGroup,
    IReadOnlyList<RegionCount> FollowersByRegion,
    IReadOnlyList<SpecialtyGroupCount> ViewersBySpecialtyGroup,
    IReadOnlyList<RegionCount> ViewersByRegion,
    IReadOnlyList<PostEngagement> Posts);
