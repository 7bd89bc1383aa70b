using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>One calendar period: followers at its end, distinct viewers and reacting members during it.</summary>
public sealed record EngagementPeriodCounts(DateOnly Start, DateOnly End, EngagementCount Followers, EngagementCount Viewers, EngagementCount Reactors);
