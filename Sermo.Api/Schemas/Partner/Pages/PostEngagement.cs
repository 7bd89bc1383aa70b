using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>A post's reacting members over the window, in total and per period (in the order of the report's periods).</summary>
public sealed record PostEngagement(Guid PostId, EngagementCount Reactors, IReadOnlyList<EngagementCount> ReactorsByPeriod);
