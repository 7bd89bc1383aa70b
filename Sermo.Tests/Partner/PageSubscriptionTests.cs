using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Organisations;
using Sermo.Domain.Persistence;

namespace Sermo.Tests.Partner;

/// <summary>The Pages subscriptions over the three transports on both databases: a reviewer hears of their
/// organisation's submissions, an agency of the decisions on an organisation it acts for, a member of new posts on the
/// Pages they follow, each event resolved with the subscriber's own authorization, and nobody of another organisation's.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PageSubscriptionTests(PartnerGraphFixture fixture)
{
    private const string Submissions = "subscription { pageSubmissions { revision submittedAt post { id } page { id state staging { number } } } }";
    private const string Decisions = "subscription($organisationId: ID!) { pageDecisions(organisationId: $organisationId) { decidedAt page { id state } decision { outcome reason reviewer { reviewerId } } } }";
    private const string FollowedPosts = "subscription { followedPagePosts { publishedAt page { id } post { id body } } }";

    [Theory]
    [MemberData(nameof(CasesSubscriptionTests.ProvidersAndTransports), MemberType = typeof(CasesSubscriptionTests))]
    public async Task A_reviewer_hears_of_their_organisations_submissions_only(string provider, string transport)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var agency = fixture.Client(provider, teams.HomeAgency);
        await using var reviewer = await PartnerSubscription.OpenAsync(server, transport, teams.HomeReviewer, Submissions);
        await using var outsider = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, teams.OtherReviewer, Submissions);

        string? submitted = null;
        var heard = await reviewer.NextAfterAsync(async () => submitted = await teams.SubmittedPageAsync(agency));

        var submission = heard.GetProperty("data").GetProperty("pageSubmissions");
        var ids = new List<string?> { submission.GetProperty("page").GetProperty("id").GetString() };
        Assert.Contains(submitted, ids);
        Assert.Equal("IN_REVIEW", submission.GetProperty("page").GetProperty("state").GetString());
        Assert.Equal(1, submission.GetProperty("revision").GetInt32());
        // The other organisation's reviewer hears only of its own: a submission there arrives, ours never does.
        var otherAgency = fixture.Client(provider, teams.OtherAgency);
        var otherPage = await PageTeams.SubmittedPageAsync(otherAgency, teams.OtherId, PageTeams.NewSlug());
        var theirs = (await outsider.NextWhereAsync(_ => true)).GetProperty("data").GetProperty("pageSubmissions").GetProperty("page").GetProperty("id").GetString();
        Assert.Equal(otherPage, theirs);
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task An_agency_hears_of_decisions_on_its_organisations_and_cannot_subscribe_to_anothers(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var agency = fixture.Client(provider, teams.HomeAgency);
        var reviewer = fixture.Client(provider, teams.HomeReviewer);
        await using var decisions = await PartnerSubscription.OpenAsync(server, PartnerSubscription.Sse, teams.HomeAgency, Decisions, new { organisationId = teams.HomeId });

        var heard = await decisions.NextAfterAsync(async () =>
        {
            var pageId = await teams.SubmittedPageAsync(agency);
            await PageTeams.SucceedAsync(reviewer, "decidePageRevision", "DecidePageRevisionInput", "page { id }", new { pageId, revision = 1, outcome = "CHANGES_REQUESTED", reason = "Add the ISI." });
        });

        var decided = heard.GetProperty("data").GetProperty("pageDecisions");
        Assert.Equal(("CHANGES_REQUESTED", "Add the ISI.", "mlr@tests"), (decided.GetProperty("decision").GetProperty("outcome").GetString(),
            decided.GetProperty("decision").GetProperty("reason").GetString(), decided.GetProperty("decision").GetProperty("reviewer").GetProperty("reviewerId").GetString()));
        await using var refused = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, teams.OtherAgency, Decisions, new { organisationId = teams.HomeId });
        var error = (await refused.NextAsync()).GetProperty("errors")[0];
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        await using var member = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs,
            server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedNamed.Id.ToString(), SermoRoles.Physician), Submissions);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await member.NextAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task An_agency_whose_mandate_is_revoked_while_subscribed_hears_of_no_later_decision_and_the_subscription_ends(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var contexts = server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>();
        var agencyId = await ChangeHomeAsync(contexts, teams, (db, home) =>
        {
            var agency = new Agency($"Revoked Agency {Guid.NewGuid():N}", "GB", DateTime.UtcNow.AddMinutes(-1));
            db.Add(agency);
            home.GrantMandate(agency, DateTime.UtcNow.AddMinutes(-1));
            return agency.Id;
        });
        var token = teams.AgencyToken(agencyId);
        await using var decisions = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, token, Decisions, new { organisationId = teams.HomeId });
        var pageId = await teams.SubmittedPageAsync(fixture.Client(provider, teams.HomeAgency));

        await ChangeHomeAsync(contexts, teams, (_, home) =>
        {
            home.RevokeMandate(agencyId, DateTime.UtcNow);
            return agencyId;
        });
        await Task.Delay(CommunityStanding.MaxAge + TimeSpan.FromMilliseconds(500));
        await PageTeams.SucceedAsync(fixture.Client(provider, teams.HomeReviewer), "decidePageRevision", "DecidePageRevisionInput", "page { id }",
            new { pageId, revision = 1, outcome = "CHANGES_REQUESTED", reason = "Not for a revoked agency." });

        var next = await decisions.NextAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(next.TryGetProperty("completed", out _), $"The revoked agency still heard: {next}");
    }

    private static async Task<Guid> ChangeHomeAsync(IDbContextFactory<SermoDbContext> contexts, PageTeams teams, Func<SermoDbContext, Organisation, Guid> change)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var home = await db.Organisations.SingleAsync(o => o.Id == teams.Home.Id);
        var result = change(db, home);
        await db.SaveChangesAsync();
        return result;
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_follower_hears_of_new_posts_on_followed_pages_only(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var agency = fixture.Client(provider, teams.HomeAgency);
        var reviewer = fixture.Client(provider, teams.HomeReviewer);
        var followed = await teams.LivePageAsync(agency, reviewer);
        var unfollowed = await teams.LivePageAsync(agency, reviewer);
        var token = server.IssueToken((await DemoMembers.ReadAsync(server)).OtherVerifiedAnonymous.Id.ToString(), SermoRoles.Physician);
        await PageTeams.SucceedAsync(fixture.Client(provider, token), "followPage", "PageIdInput", "page { id }", new { pageId = followed });
        await using var posts = await PartnerSubscription.OpenAsync(server, PartnerSubscription.LegacyWs, token, FollowedPosts);

        var heard = await posts.NextAfterAsync(async () =>
        {
            await PageTeams.PublishedPostAsync(agency, reviewer, unfollowed, "Not for this follower.");
            await PageTeams.PublishedPostAsync(agency, reviewer, followed, "For followers.");
        });

        var post = heard.GetProperty("data").GetProperty("followedPagePosts");
        Assert.Equal(followed, post.GetProperty("page").GetProperty("id").GetString());
        Assert.Equal("For followers.", post.GetProperty("post").GetProperty("body").GetString());
        Assert.Equal(JsonValueKind.Object, post.GetProperty("post").ValueKind);
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_follow_or_unfollow_made_while_subscribed_applies_within_seconds(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var agency = fixture.Client(provider, teams.HomeAgency);
        var reviewer = fixture.Client(provider, teams.HomeReviewer);
        var (kept, later) = (await teams.LivePageAsync(agency, reviewer), await teams.LivePageAsync(agency, reviewer));
        var token = server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedAnonymous.Id.ToString(), SermoRoles.Physician);
        var member = fixture.Client(provider, token);
        await PageTeams.SucceedAsync(member, "followPage", "PageIdInput", "page { id }", new { pageId = kept });
        await using var posts = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, token, FollowedPosts);
        // The followed set is read when the subscription opens and again once it is MaxAge old.
        var settle = CommunityStanding.MaxAge + TimeSpan.FromMilliseconds(300);

        await PageTeams.SucceedAsync(member, "followPage", "PageIdInput", "page { id }", new { pageId = later });
        await Task.Delay(settle);
        var followedLater = await posts.NextAfterAsync(() => PageTeams.PublishedPostAsync(agency, reviewer, later, "Followed after subscribing."));
        await PageTeams.SucceedAsync(member, "unfollowPage", "PageIdInput", "page { id }", new { pageId = later });
        await Task.Delay(settle);
        var afterUnfollow = await posts.NextAfterAsync(async () =>
        {
            await PageTeams.PublishedPostAsync(agency, reviewer, later, "Unfollowed meanwhile.");
            await PageTeams.PublishedPostAsync(agency, reviewer, kept, "Still followed.");
        });

        Assert.Equal("Followed after subscribing.", followedLater.GetProperty("data").GetProperty("followedPagePosts").GetProperty("post").GetProperty("body").GetString());
        Assert.Equal("Still followed.", afterUnfollow.GetProperty("data").GetProperty("followedPagePosts").GetProperty("post").GetProperty("body").GetString());
    }
}
