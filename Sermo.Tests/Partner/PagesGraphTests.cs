using System.Text.Json;
using Sermo.Api.Auth;

namespace Sermo.Tests.Partner;

/// <summary>The Pages area over HTTP on both databases: the workflow from draft to live through the graph, the content
/// rules' pointed errors, the mandate and reviewer checks of every mutation across organisations, who sees which Pages
/// and which of their fields, suspension, and members' engagement.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PagesGraphTests(PartnerGraphFixture fixture)
{
    private const string PostSelection = "post { id body state revision publishedAt }";

    /// <summary>A Page mutation's payload with the Page's team fields, refused or not.</summary>
    private static Task<JsonElement> PageAsync(GraphClient client, string mutation, string inputType, object input) =>
        PageTeams.TryAsync(client, mutation, inputType, PageTeams.PageSelection, input);

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_page_goes_from_draft_through_changes_requested_and_approval_to_live_exactly_as_staged(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var agency = fixture.Client(provider, teams.HomeAgency);
        var reviewer = fixture.Client(provider, teams.HomeReviewer);
        var page = await teams.CreatePageAsync(agency);
        var pageId = page.GetProperty("id").GetString()!;
        Assert.Equal(("DRAFT", false), (page.GetProperty("state").GetString(), page.GetProperty("isLive").GetBoolean()));
        Assert.Equal("editor@tests", page.GetProperty("staging").GetProperty("editedBy").GetProperty("person").GetString());

        var submitted = await PageAsync(agency, "submitPageForReview", "PageIdInput", new { pageId });
        Assert.Equal("IN_REVIEW", submitted.GetProperty("page").GetProperty("state").GetString());
        var sent = await PageAsync(reviewer, "decidePageRevision", "DecidePageRevisionInput",
            new { pageId, revision = 1, outcome = "CHANGES_REQUESTED", reason = "Logo is outdated." });
        Assert.Equal("CHANGES_REQUESTED", sent.GetProperty("page").GetProperty("state").GetString());
        var noReason = await PageAsync(reviewer, "decidePageRevision", "DecidePageRevisionInput",
            new { pageId, revision = 1, outcome = "APPROVED" });
        Assert.Equal(["INVALID_STATE_TRANSITION"], PageTeams.Codes(noReason));

        await PageAsync(agency, "revisePage", "RevisePageInput", new { pageId, content = PageTeams.ReminderAd("Cardiva XR") });
        await PageAsync(agency, "submitPageForReview", "PageIdInput", new { pageId });
        var early = await PageAsync(agency, "publishPageRevision", "PublishPageRevisionInput", new { pageId, revision = 2 });
        Assert.Equal(["PAGE_VERSION_NOT_APPROVED"], PageTeams.Codes(early));
        var approved = await PageAsync(reviewer, "decidePageRevision", "DecidePageRevisionInput",
            new { pageId, revision = 2, outcome = "APPROVED" });
        var staged = approved.GetProperty("page").GetProperty("staging");
        var published = (await PageAsync(agency, "publishPageRevision", "PublishPageRevisionInput", new { pageId, revision = 2 }))
            .GetProperty("page");

        Assert.True(published.GetProperty("isLive").GetBoolean());
        Assert.Equal(staged.GetProperty("content").GetRawText(), published.GetProperty("live").GetRawText());
        var decisions = published.GetProperty("reviewDecisions").EnumerateArray().ToList();
        Assert.Equal(["APPROVED", "CHANGES_REQUESTED"], decisions.Select(d => d.GetProperty("outcome").GetString()));
        Assert.Equal(staged.GetProperty("contentHash").GetString(), decisions[0].GetProperty("contentHash").GetString());
        Assert.All(decisions, d => Assert.Equal("mlr@tests", d.GetProperty("reviewer").GetProperty("reviewerId").GetString()));

        // A member sees the live Page, and none of the team's fields.
        var member = fixture.Client(provider, server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedAnonymous.Id.ToString(), SermoRoles.Physician));
        var seen = await member.PostAsync("query($slug: String!) { page(slug: $slug) { live { title } state staging { number } reviewDecisions { reason } } }",
            new { slug = published.GetProperty("slug").GetString() });
        var shown = seen.GetProperty("data").GetProperty("page");
        Assert.Equal("Cardiva XR", shown.GetProperty("live").GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("state").ValueKind);
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("reviewDecisions").ValueKind);
        Assert.All(seen.GetProperty("errors").EnumerateArray(), e => Assert.Equal("AUTH_NOT_AUTHORIZED", e.GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_reminder_ad_with_claims_is_refused_on_submission_naming_each_claim_and_where(string provider)
    {
        var teams = await PageTeams.ReadAsync(fixture.Server(provider));
        var agency = fixture.Client(provider, teams.HomeAgency);
        var page = await teams.CreatePageAsync(agency, new
        {
            title = "Cardiva", tagline = "Clinically proven", aboutText = "Cardiva lowers LDL by 50%.", brandName = "Cardiva", kind = "REMINDER_AD",
        });

        var refused = await PageAsync(agency, "submitPageForReview", "PageIdInput", new { pageId = page.GetProperty("id").GetString() });

        var errors = refused.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("page").ValueKind);
        Assert.All(errors, e => Assert.Equal("CLAIM_IN_REMINDER_AD", e.GetProperty("code").GetString()));
        Assert.Contains(errors, e => e.GetProperty("path").EnumerateArray().Select(p => p.GetString()).SequenceEqual(["page", "staging", "content", "tagline"])
            && e.GetProperty("message").GetString()!.Contains("\"Clinically proven\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("path").EnumerateArray().Last().GetString() == "aboutText");

        var claims = await teams.CreatePageAsync(agency, new { title = "Cardiva", aboutText = "Cardiva lowers LDL by 50%.", brandName = "Cardiva", kind = "PRODUCT_CLAIM" });
        var noIsi = await PageAsync(agency, "submitPageForReview", "PageIdInput", new { pageId = claims.GetProperty("id").GetString() });
        Assert.Equal(["SAFETY_INFORMATION_REQUIRED"], PageTeams.Codes(noIsi));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Every_team_mutation_refuses_callers_who_do_not_act_for_the_pages_organisation(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var agency = fixture.Client(provider, teams.HomeAgency);
        var page = await teams.CreatePageAsync(agency);
        var pageId = page.GetProperty("id").GetString()!;
        var postId = await PageTeams.DraftPostAsync(agency, pageId, new { body = "Visit our booth.", kind = "UNBRANDED" });
        var outsider = fixture.Client(provider, teams.OtherAgency);
        var otherReviewer = fixture.Client(provider, teams.OtherReviewer);

        var attempts = new (GraphClient Client, string Name, string InputType, string Selection, object Input)[]
        {
            (outsider, "createPage", "CreatePageInput", PageTeams.PageSelection, new { organisationId = teams.HomeId, slug = $"x-{Guid.NewGuid():N}", content = PageTeams.ReminderAd() }),
            (outsider, "revisePage", "RevisePageInput", PageTeams.PageSelection, new { pageId, content = PageTeams.ReminderAd() }),
            (outsider, "submitPageForReview", "PageIdInput", PageTeams.PageSelection, new { pageId }),
            (outsider, "publishPageRevision", "PublishPageRevisionInput", PageTeams.PageSelection, new { pageId, revision = 1 }),
            (outsider, "archivePage", "PageIdInput", PageTeams.PageSelection, new { pageId }),
            (otherReviewer, "decidePageRevision", "DecidePageRevisionInput", PageTeams.PageSelection, new { pageId, revision = 1, outcome = "APPROVED" }),
            (outsider, "createPost", "CreatePostInput", PostSelection, new { pageId, content = new { body = "Hijack", kind = "UNBRANDED" } }),
            (outsider, "revisePost", "RevisePostInput", PostSelection, new { postId, content = new { body = "Hijack", kind = "UNBRANDED" } }),
            (outsider, "submitPost", "PostIdInput", PostSelection, new { postId }),
            (outsider, "publishPost", "PublishPostInput", PostSelection, new { postId, revision = 1 }),
            (outsider, "withdrawPost", "PostIdInput", PostSelection, new { postId }),
            (otherReviewer, "decidePost", "DecidePostInput", PostSelection, new { postId, revision = 1, outcome = "APPROVED" }),
        };
        foreach (var (client, name, inputType, selection, input) in attempts)
        {
            var payload = await PageTeams.TryAsync(client, name, inputType, selection, input);
            Assert.True(PageTeams.Codes(payload).SequenceEqual(["NOT_FOUND"]), $"{name}: {payload}");
        }

        // Roles are checked at the door: a reviewer does not edit, an agency does not review, nobody but staff suspends.
        var homeReviewer = fixture.Client(provider, teams.HomeReviewer);
        foreach (var (client, name, inputType, selection, input) in new (GraphClient, string, string, string, object)[]
        {
            (homeReviewer, "revisePage", "RevisePageInput", PageTeams.PageSelection, new { pageId, content = PageTeams.ReminderAd() }),
            (agency, "decidePageRevision", "DecidePageRevisionInput", PageTeams.PageSelection, new { pageId, revision = 1, outcome = "APPROVED" }),
            (agency, "suspendPage", "SuspendPageInput", PageTeams.PageSelection, new { pageId, reason = "Mine" }),
        })
        {
            var response = await client.PostAsync(PageTeams.MutationText(name, inputType, selection), new { input });
            Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        var untouched = (await agency.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Page {{ {PageTeams.PageFields} allPosts {{ body state }} }} }} }}", new { id = pageId })).GetProperty("node");
        Assert.Equal(("DRAFT", 1), (untouched.GetProperty("state").GetString(), untouched.GetProperty("staging").GetProperty("number").GetInt32()));
        Assert.Equal("Visit our booth.", untouched.GetProperty("allPosts")[0].GetProperty("body").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_reviewer_cannot_approve_a_revision_they_wrote(string provider)
    {
        var teams = await PageTeams.ReadAsync(fixture.Server(provider));
        var agency = fixture.Client(provider, teams.AgencyToken(teams.HomeAgencyId, person: "dual@tests"));
        var pageId = await teams.SubmittedPageAsync(agency);

        var self = fixture.Client(provider, teams.ReviewerToken(teams.Home, person: "dual@tests"));
        var refused = await PageAsync(self, "decidePageRevision", "DecidePageRevisionInput", new { pageId, revision = 1, outcome = "APPROVED" });

        Assert.Equal(["SELF_REVIEW"], PageTeams.Codes(refused));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Members_see_only_live_pages_and_the_team_only_its_organisations(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var draft = await teams.CreatePageAsync(fixture.Client(provider, teams.HomeAgency));
        var member = fixture.Client(provider, server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedNamed.Id.ToString(), SermoRoles.Physician));
        const string List = "{ pages(first: 100) { totalCount nodes { id isLive organisation { name } } } }";

        var forMember = (await member.DataAsync(List)).GetProperty("pages").GetProperty("nodes").EnumerateArray().ToList();
        var forOther = (await fixture.Client(provider, teams.OtherAgency).DataAsync(List)).GetProperty("pages").GetProperty("nodes").EnumerateArray().ToList();
        var forStaff = (await fixture.Client(provider, teams.Staff).DataAsync(List)).GetProperty("pages").GetProperty("totalCount").GetInt32();

        Assert.NotEmpty(forMember);
        Assert.All(forMember, p => Assert.True(p.GetProperty("isLive").GetBoolean()));
        Assert.DoesNotContain(forOther, p => p.GetProperty("id").GetString() == draft.GetProperty("id").GetString());
        Assert.True(forStaff > forMember.Count);
        var node = await member.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = draft.GetProperty("id").GetString() });
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
        var anonymous = await fixture.Client(provider).PostAsync(List);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Posts_are_reviewed_and_published_then_members_follow_react_and_staff_suspend(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var agency = fixture.Client(provider, teams.HomeAgency);
        var reviewer = fixture.Client(provider, teams.HomeReviewer);
        var pageId = await teams.LivePageAsync(agency, reviewer);
        var postId = await PageTeams.DraftPostAsync(agency, pageId, new { body = "Join our symposium.", kind = "UNBRANDED" });
        var published = await PageTeams.PublishPostAsync(agency, reviewer, postId);
        Assert.Equal("PUBLISHED", published.GetProperty("state").GetString());
        var changed = await PageTeams.TryAsync(agency, "revisePost", "RevisePostInput", PostSelection, new { postId, content = new { body = "Changed", kind = "UNBRANDED" } });
        Assert.Equal(["INVALID_STATE_TRANSITION"], PageTeams.Codes(changed));

        var members = await DemoMembers.ReadAsync(server);
        var member = fixture.Client(provider, server.IssueToken(members.VerifiedAnonymous.Id.ToString(), SermoRoles.Physician));
        await PageTeams.TryAsync(member, "followPage", "PageIdInput", "page { id viewerFollows }", new { pageId });
        var followedTwice = await PageTeams.TryAsync(member, "followPage", "PageIdInput", "page { viewerFollows }", new { pageId });
        Assert.True(followedTwice.GetProperty("page").GetProperty("viewerFollows").GetBoolean());
        var reacted = await PageTeams.TryAsync(member, "reactToPost", "ReactToPostInput", "post { viewerReaction }", new { postId, kind = "INSIGHTFUL" });
        Assert.Equal("INSIGHTFUL", reacted.GetProperty("post").GetProperty("viewerReaction").GetString());
        var viewed = await PageTeams.TryAsync(member, "recordPageView", "PageIdInput", "page { id }", new { pageId });
        Assert.Equal(0, viewed.GetProperty("errors").GetArrayLength());
        var applicant = fixture.Client(provider, server.IssueToken(members.Applicant.Id.ToString(), SermoRoles.Physician));
        var refused = await PageTeams.TryAsync(applicant, "followPage", "PageIdInput", "page { id }", new { pageId });
        Assert.Equal(["PHYSICIAN_NOT_VERIFIED"], PageTeams.Codes(refused));

        var staff = fixture.Client(provider, teams.Staff);
        var suspended = await PageAsync(staff, "suspendPage", "SuspendPageInput", new { pageId, reason = "Reported by members." });
        Assert.NotEqual(JsonValueKind.Null, suspended.GetProperty("page").GetProperty("suspendedAt").ValueKind);
        var hidden = await member.DataAsync("query($id: ID!, $post: ID!) { node(id: $id) { id } post: node(id: $post) { id } }", new { id = pageId, post = postId });
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (hidden.GetProperty("node").ValueKind, hidden.GetProperty("post").ValueKind));
        var reinstated = await PageAsync(staff, "reinstatePage", "PageIdInput", new { pageId });
        Assert.True(reinstated.GetProperty("page").GetProperty("isLive").GetBoolean());
    }
}
