using Sermo.Domain.Physicians;

namespace Sermo.Domain.Pages;

/// <summary>A member following a live Page, over a period: unfollowing ends it, following again starts a new one, so
/// follower counts over time are read from these rows. Only the member themself ever sees their own follows. The
/// member's specialty and country are kept as they were when following, so a later profile change moves no follower
/// of a past day from one breakdown cell to another (which would tell the Page's team that this member follows it).</summary>
public sealed class PageFollow
{
    private PageFollow() { }

    public Guid Id { get; private set; }
    public Guid PageId { get; private set; }
    public Guid PhysicianId { get; private set; }
    public string SpecialtyCode { get; private set; } = "";
    public string CountryCode { get; private set; } = "";
    public DateTime FollowedAt { get; private set; }
    public DateTime? UnfollowedAt { get; private set; }

    public bool IsActive => UnfollowedAt is null;

    public static PageFollow Start(Page page, Physician member, DateTime now)
    {
        member.EnsureVerified("follow Pages");
        EngagementRules.EnsureLive(page);
        return new PageFollow
        {
            Id = EntityIds.Next(),
            PageId = page.Id,
            PhysicianId = member.Id,
            SpecialtyCode = member.SpecialtyCode,
            CountryCode = member.CountryCode,
            FollowedAt = Guard.Utc(now, "now"),
        };
    }

    public void End(Physician member, DateTime now)
    {
        if (member.Id != PhysicianId)
            throw Guard.Invalid("Only the member who follows a Page can unfollow it.");
        if (!IsActive)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, "The member no longer follows this Page.");
        UnfollowedAt = Guard.Utc(now, "now");
    }
}
