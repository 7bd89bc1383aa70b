namespace Sermo.Domain.Pages;

/// <summary>A member following a Page from one instant until another (null: still following), as
/// <see cref="FollowerSeries"/> counts it: following at an instant strictly after <see cref="From"/> and not after <see cref="Until"/>.</summary>
public sealed record FollowSpan(EngagementMember Member, DateTime From, DateTime? Until);
