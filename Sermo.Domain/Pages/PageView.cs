using Sermo.Domain.Physicians;

namespace Sermo.Domain.Pages;

/// <summary>That a member viewed a live Page on a (UTC) day: at most one row per member, Page and day, so views are
/// counted as distinct members, never as requests, and no time finer than the day is kept. The member's specialty and
/// country are kept as they were that day, so a later profile change does not move a past view between breakdown cells.</summary>
public sealed class PageView
{
    private PageView() { }

    public Guid PageId { get; private set; }
    public Guid PhysicianId { get; private set; }
    public DateOnly Day { get; private set; }
    public string SpecialtyCode { get; private set; } = "";
    public string CountryCode { get; private set; } = "";

    public static PageView Record(Page page, Physician member, DateTime now)
    {
        member.EnsureVerified("view Pages");
        EngagementRules.EnsureLive(page);
        return new PageView
        {
            PageId = page.Id,
            PhysicianId = member.Id,
            Day = DateOnly.FromDateTime(Guard.Utc(now, "now")),
            SpecialtyCode = member.SpecialtyCode,
            CountryCode = member.CountryCode,
        };
    }
}
