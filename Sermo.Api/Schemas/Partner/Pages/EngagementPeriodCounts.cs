using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>One calendar period: followers at its end and distinct viewers during it (reacting members are counted per
/// post, <see cref="PostEngagement"/>).</summary>
public sealed record EngagementPeriodCounts(DateOnly Start, DateOnly End, EngagementCount Followers, EngagementCount Viewers);
