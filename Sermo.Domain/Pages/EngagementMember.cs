using Sermo.Domain.Physicians;

namespace Sermo.Domain.Pages;

/// <summary>A member counted in engagement, as much of them as the breakdowns need: which specialty group and which
/// region they count in. Their id stays in the domain's counting; it is never published.</summary>
public sealed record EngagementMember(Guid Member, SpecialtyGroup Group, CountryRegion Region);
