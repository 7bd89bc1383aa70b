using Sermo.Domain.Physicians;

namespace Sermo.Domain.Pages;

/// <summary>That a member viewed a live Page on a (UTC) day: at most one row per member, Page and day, so views are
/// counted as distinct members, never as requests, and no time finer than the day is kept.</summary>
public sealed class PageView
{
    private PageView() { }

    public Guid PageId { get; private set; }
    public Guid PhysicianId { get; private set; }
    public DateOnly Day { get; private set; }

    public static PageView Record(Page page, Physician member, DateTime now)
    {
        member.EnsureVerified("view Pages");
        EngagementRules.EnsureLive(page);
        return new PageView { PageId = page.Id, PhysicianId = member.Id, Day = DateOnly.FromDateTime(Guard.Utc(now, "now")) };
    }
}
