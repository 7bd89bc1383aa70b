namespace Sermo.Domain.Pages;

/// <summary>A count of distinct members as an organisation may see it: the number, or nothing but "fewer than
/// <see cref="EngagementDisclosure.MinimumMembers"/>" (also for a larger cell hidden so that a small one cannot be
/// worked out from the others).</summary>
public sealed record EngagementCount(int? Members)
{
    public static EngagementCount Hidden { get; } = new((int?)null);

    public bool IsHidden => Members is null;
}
