using Microsoft.EntityFrameworkCore;
using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Reads a Page's follows, views and reactions over a window (three commands: the rows of the window with each
/// member's specialty and country, nothing else of them), and counts distinct members per period and per cell. Only
/// counts leave: the member ids read here stay in this class.</summary>
public sealed class PageEngagementReader(IDbContextFactory<SermoDbContext> contexts)
{
    private sealed record Follow(Guid Member, DateTime From, DateTime? Until, string Specialty, string Country);
    private sealed record Seen(Guid Member, DateOnly Day, string Specialty, string Country);
    private sealed record Reaction(Guid Member, Guid PostId, DateTime At);

    public async Task<PageEngagementReport> ReadAsync(Page page, EngagementWindow window, CancellationToken cancellationToken)
    {
        var start = EngagementWindow.Instant(window.Start);
        var end = EngagementWindow.Instant(window.End);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var follows = await (from f in db.PageFollows.AsNoTracking()
                             join p in db.Physicians.AsNoTracking() on f.PhysicianId equals p.Id
                             where f.PageId == page.Id && f.FollowedAt < end && (f.UnfollowedAt == null || f.UnfollowedAt > start)
                             select new Follow(f.PhysicianId, f.FollowedAt, f.UnfollowedAt, p.SpecialtyCode, p.CountryCode)).ToListAsync(cancellationToken);
        var views = await (from v in db.PageViews.AsNoTracking()
                           join p in db.Physicians.AsNoTracking() on v.PhysicianId equals p.Id
                           where v.PageId == page.Id && v.Day >= window.Start && v.Day < window.End
                           select new Seen(v.PhysicianId, v.Day, p.SpecialtyCode, p.CountryCode)).ToListAsync(cancellationToken);
        var reactions = await db.PostReactions.AsNoTracking()
            .Where(r => r.PageId == page.Id && r.ReactedAt >= start && r.ReactedAt < end)
            .Select(r => new Reaction(r.PhysicianId, r.PostId, r.ReactedAt)).ToListAsync(cancellationToken);

        var followingAtEnd = FollowingAt(follows, end);
        return new PageEngagementReport(
            window,
            Distinct(followingAtEnd.Select(f => f.Member)),
            Distinct(views.Select(v => v.Member)),
            Distinct(reactions.Select(r => r.Member)),
            [.. window.Starts.Select(s => Period(window, s, follows, views, reactions))],
            BySpecialtyGroup(followingAtEnd.Select(f => (f.Member, f.Specialty))),
            ByRegion(followingAtEnd.Select(f => (f.Member, f.Country))),
            BySpecialtyGroup(views.Select(v => (v.Member, v.Specialty))),
            ByRegion(views.Select(v => (v.Member, v.Country))),
            [.. reactions.GroupBy(r => r.PostId).OrderBy(g => g.Key).Select(g => new PostEngagement(g.Key, Distinct(g.Select(r => r.Member)),
                [.. window.Starts.Select(s => Period(window, s, [], [], [.. g]).Reactors)]))]);
    }

    private static EngagementPeriodCounts Period(EngagementWindow window, DateOnly start, List<Follow> follows, List<Seen> views, List<Reaction> reactions)
    {
        var end = window.EndOf(start);
        var (from, until) = (EngagementWindow.Instant(start), EngagementWindow.Instant(end));
        return new EngagementPeriodCounts(start, end,
            Distinct(FollowingAt(follows, until).Select(f => f.Member)),
            Distinct(views.Where(v => v.Day >= start && v.Day < end).Select(v => v.Member)),
            Distinct(reactions.Where(r => r.At >= from && r.At < until).Select(r => r.Member)));
    }

    /// <summary>The follows in force at an instant (a member counted once however often they followed).</summary>
    private static List<Follow> FollowingAt(IEnumerable<Follow> follows, DateTime at) =>
        [.. follows.Where(f => f.From < at && (f.Until is null || f.Until >= at)).DistinctBy(f => f.Member)];

    private static EngagementCount Distinct(IEnumerable<Guid> members) => EngagementDisclosure.Count(members.Distinct().Count());

    private static IReadOnlyList<SpecialtyGroupCount> BySpecialtyGroup(IEnumerable<(Guid Member, string Specialty)> members) =>
        [.. EngagementDisclosure.Breakdown(members.DistinctBy(m => m.Member).GroupBy(m => Specialties.GroupOf(m.Specialty))
                .OrderBy(g => g.Key.Name, StringComparer.Ordinal).Select(g => (g.Key, g.Count())))
            .Select(c => new SpecialtyGroupCount(c.Key, c.Count))];

    private static IReadOnlyList<RegionCount> ByRegion(IEnumerable<(Guid Member, string Country)> members) =>
        [.. EngagementDisclosure.Breakdown(members.DistinctBy(m => m.Member).GroupBy(m => Countries.RegionOf(m.Country))
                .OrderBy(g => g.Key.Name, StringComparer.Ordinal).Select(g => (g.Key, g.Count())))
            .Select(c => new RegionCount(c.Key, c.Count))];
}
