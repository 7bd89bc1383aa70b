using Microsoft.EntityFrameworkCore;
using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>Reads a Page's follows (all of them up to the window's end: the follower series starts at the first), views
/// and reactions of the window (four commands: the rows with the specialty and country each member had then, nothing else of them, and the ids of the posts published by the window's end)
/// and lets the domain's rules publish them: followers through <see cref="FollowerSeries"/>, viewers and reacting members
/// per calendar period through <see cref="PeriodEngagement"/> (each period decided against the shorter ones inside it),
/// nothing of a period that has not ended. Over a window of several periods the window's own viewer and per-post reactor
/// counts are not published (two windows one period apart would give the members new in that period), so they and the
/// viewer breakdowns are those of a one-period window only. Reacting members are counted per post only, never across
/// the Page's posts (see <see cref="PageEngagementReport"/>). Only counts leave: the member ids read here stay in this class.</summary>
public sealed class PageEngagementReader(IDbContextFactory<SermoDbContext> contexts, TimeProvider clock)
{
    private sealed record Seen(Guid Member, DateOnly Day, string Specialty, string Country);

    public async Task<PageEngagementReport> ReadAsync(Page page, EngagementWindow window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var start = EngagementWindow.Instant(window.Start);
        var end = EngagementWindow.Instant(window.End);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Specialty and country as the member had them when following or viewing, never today's profile.
        var follows = await db.PageFollows.AsNoTracking()
            .Where(f => f.PageId == page.Id && f.FollowedAt < end)
            .Select(f => new { f.PhysicianId, f.FollowedAt, f.UnfollowedAt, f.SpecialtyCode, f.CountryCode }).ToListAsync(cancellationToken);
        var views = await db.PageViews.AsNoTracking()
            .Where(v => v.PageId == page.Id && v.Day >= window.Start && v.Day < window.End)
            // In day order: a member who changed profile inside a period counts there with the first day's, the same
            // on every read.
            .OrderBy(v => v.Day).ThenBy(v => v.PhysicianId)
            .Select(v => new Seen(v.PhysicianId, v.Day, v.SpecialtyCode, v.CountryCode)).ToListAsync(cancellationToken);
        // Every post published before the window's end is listed, reactions or not: a list of only the posts someone
        // reacted to would say, per post and period, that somebody did.
        var posts = await db.Pages.AsNoTracking().Where(p => p.Id == page.Id).SelectMany(p => p.Posts)
            .Where(p => p.PublishedAt != null && p.PublishedAt < end).Select(p => p.Id).ToListAsync(cancellationToken);
        var reactions = await db.PostReactions.AsNoTracking()
            .Where(r => r.PageId == page.Id && r.ReactedAt >= start && r.ReactedAt < end)
            .Select(r => new { r.PhysicianId, r.PostId, r.ReactedAt }).ToListAsync(cancellationToken);

        var followers = new FollowerSeries(
            follows.Select(f => new FollowSpan(Member(f.PhysicianId, f.SpecialtyCode, f.CountryCode), f.FollowedAt, f.UnfollowedAt)), window.End, now);
        (EngagementMember, DateOnly)[] viewing = [.. views.Select(v => (Member(v.Member, v.Specialty, v.Country), v.Day))];
        var today = DateOnly.FromDateTime(now);
        bool Closed(DateOnly periodEnd) => periodEnd <= today;
        var single = window.Starts.Count == 1 && Closed(window.End);
        var viewers = single ? PeriodEngagement.Breakdown(viewing, window.Start, window.End) : EngagementBreakdown.Hidden;
        var atEnd = followers.At(window.End);
        return new PageEngagementReport(
            window,
            atEnd.Total,
            viewers.Total,
            [.. window.Starts.Select(s => Period(s, window.EndOf(s), followers, viewing, Closed(window.EndOf(s))))],
            [.. atEnd.BySpecialtyGroup.Select(c => new SpecialtyGroupCount(c.Group, c.Count))],
            [.. atEnd.ByRegion.Select(c => new RegionCount(c.Region, c.Count))],
            [.. viewers.BySpecialtyGroup.Select(c => new SpecialtyGroupCount(c.Group, c.Count))],
            [.. viewers.ByRegion.Select(c => new RegionCount(c.Region, c.Count))],
            [.. posts.Order().Select(postId =>
            {
                (Guid, DateOnly)[] post = [.. reactions.Where(r => r.PostId == postId).Select(r => (r.PhysicianId, DateOnly.FromDateTime(r.ReactedAt)))];
                return new PostEngagement(postId,
                    single ? PeriodEngagement.Total(post, window.Start, window.End) : EngagementCount.Hidden,
                    [.. window.Starts.Select(s => Closed(window.EndOf(s)) ? PeriodEngagement.Total(post, s, window.EndOf(s)) : EngagementCount.Hidden)]);
            })]);
    }

    private static EngagementPeriodCounts Period(DateOnly start, DateOnly end, FollowerSeries followers,
        (EngagementMember, DateOnly)[] viewing, bool closed) =>
        closed
            ? new EngagementPeriodCounts(start, end, followers.At(end).Total, PeriodEngagement.Breakdown(viewing, start, end).Total)
            : new EngagementPeriodCounts(start, end, EngagementCount.Hidden, EngagementCount.Hidden);

    private static EngagementMember Member(Guid id, string specialty, string country) => new(id, Specialties.GroupOf(specialty), Countries.RegionOf(country));
}
