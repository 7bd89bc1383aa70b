using Microsoft.EntityFrameworkCore;
using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Reads a Page's follows (all of them up to the window's end: the follower series starts at the first), views
/// and reactions of the window (three commands: the rows with each member's specialty and country, nothing else of them)
/// and lets the domain's rules publish them: followers through <see cref="FollowerSeries"/>, breakdowns through
/// <see cref="EngagementDisclosure.Jointly"/>, nothing of a period that has not ended. Distinct viewers and reacting
/// members are counted per period; over a window of several periods they are not published (two windows one period
/// apart would give the members new in that period), so the window's own viewer and reactor counts and the viewer
/// breakdowns are those of a one-period window only. Only counts leave: the member ids read here stay in this class.</summary>
public sealed class PageEngagementReader(IDbContextFactory<SermoDbContext> contexts, TimeProvider clock)
{
    private sealed record Seen(Guid Member, DateOnly Day, string Specialty, string Country);
    private sealed record Reaction(Guid Member, Guid PostId, DateTime At);

    public async Task<PageEngagementReport> ReadAsync(Page page, EngagementWindow window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var start = EngagementWindow.Instant(window.Start);
        var end = EngagementWindow.Instant(window.End);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var follows = await (from f in db.PageFollows.AsNoTracking()
                             join p in db.Physicians.AsNoTracking() on f.PhysicianId equals p.Id
                             where f.PageId == page.Id && f.FollowedAt < end
                             select new { f.PhysicianId, f.FollowedAt, f.UnfollowedAt, p.SpecialtyCode, p.CountryCode }).ToListAsync(cancellationToken);
        var views = await (from v in db.PageViews.AsNoTracking()
                           join p in db.Physicians.AsNoTracking() on v.PhysicianId equals p.Id
                           where v.PageId == page.Id && v.Day >= window.Start && v.Day < window.End
                           select new Seen(v.PhysicianId, v.Day, p.SpecialtyCode, p.CountryCode)).ToListAsync(cancellationToken);
        var reactions = await db.PostReactions.AsNoTracking()
            .Where(r => r.PageId == page.Id && r.ReactedAt >= start && r.ReactedAt < end)
            .Select(r => new Reaction(r.PhysicianId, r.PostId, r.ReactedAt)).ToListAsync(cancellationToken);

        var followers = new FollowerSeries(
            follows.Select(f => new FollowSpan(Member(f.PhysicianId, f.SpecialtyCode, f.CountryCode), f.FollowedAt, f.UnfollowedAt)), window.End, now);
        var today = DateOnly.FromDateTime(now);
        bool Closed(DateOnly periodEnd) => periodEnd <= today;
        var single = window.Starts.Count == 1 && Closed(window.End);
        var viewers = single
            ? EngagementDisclosure.Jointly([.. views.DistinctBy(v => v.Member).Select(v => Member(v.Member, v.Specialty, v.Country))])
            : EngagementBreakdown.Hidden;
        var atEnd = followers.At(window.End);
        return new PageEngagementReport(
            window,
            atEnd.Total,
            viewers.Total,
            single ? Distinct(reactions.Select(r => r.Member)) : EngagementCount.Hidden,
            [.. window.Starts.Select(s => Period(window, s, followers, views, reactions, Closed(window.EndOf(s))))],
            [.. atEnd.BySpecialtyGroup.Select(c => new SpecialtyGroupCount(c.Group, c.Count))],
            [.. atEnd.ByRegion.Select(c => new RegionCount(c.Region, c.Count))],
            [.. viewers.BySpecialtyGroup.Select(c => new SpecialtyGroupCount(c.Group, c.Count))],
            [.. viewers.ByRegion.Select(c => new RegionCount(c.Region, c.Count))],
            [.. reactions.GroupBy(r => r.PostId).OrderBy(g => g.Key).Select(g => new PostEngagement(g.Key,
                single ? Distinct(g.Select(r => r.Member)) : EngagementCount.Hidden,
                [.. window.Starts.Select(s => Closed(window.EndOf(s)) ? Period(window, s, followers, [], [.. g], true).Reactors : EngagementCount.Hidden)]))]);
    }

    private static EngagementPeriodCounts Period(EngagementWindow window, DateOnly start, FollowerSeries followers, List<Seen> views, List<Reaction> reactions, bool closed)
    {
        var end = window.EndOf(start);
        if (!closed)
            return new EngagementPeriodCounts(start, end, EngagementCount.Hidden, EngagementCount.Hidden, EngagementCount.Hidden);
        var (from, until) = (EngagementWindow.Instant(start), EngagementWindow.Instant(end));
        return new EngagementPeriodCounts(start, end,
            followers.At(end).Total,
            Distinct(views.Where(v => v.Day >= start && v.Day < end).Select(v => v.Member)),
            Distinct(reactions.Where(r => r.At >= from && r.At < until).Select(r => r.Member)));
    }

    private static EngagementMember Member(Guid id, string specialty, string country) => new(id, Specialties.GroupOf(specialty), Countries.RegionOf(country));

    private static EngagementCount Distinct(IEnumerable<Guid> members) => EngagementDisclosure.Count(members.Distinct().Count());
}
