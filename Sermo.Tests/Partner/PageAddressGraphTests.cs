using System.Text.Json;
using Sermo.Api.Auth;

namespace Sermo.Tests.Partner;

/// <summary>Slugs tell nobody about another organisation's drafts: a draft may share its slug with another
/// organisation's, only Pages that went live hold a slug across organisations, every refusal reads the same whether or
/// not another organisation's draft has the slug, and <c>page(slug:)</c> stays unambiguous for every role.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PageAddressGraphTests(PartnerGraphFixture fixture)
{
    private const string BySlug = """
        query($slug: String!, $organisationId: ID) { page(slug: $slug, organisationId: $organisationId) { id organisation { name } } }
        """;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Drafts_of_two_organisations_share_a_slug_and_each_caller_reads_the_page_it_may_see(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var (home, other, staff) = (fixture.Client(provider, teams.HomeAgency), fixture.Client(provider, teams.OtherAgency), fixture.Client(provider, teams.Staff));
        var member = fixture.Client(provider, server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedNamed.Id.ToString(), SermoRoles.Physician));
        var (shared, free) = (PageTeams.NewSlug(), PageTeams.NewSlug());

        var otherDraft = await PageTeams.TryCreatePageAsync(other, teams.OtherId, shared);
        var homeAtShared = await PageTeams.TryCreatePageAsync(home, teams.HomeId, shared);
        var homeAtFree = await PageTeams.TryCreatePageAsync(home, teams.HomeId, free);

        // The same answer whether or not another organisation's draft has the slug: none refused.
        Assert.All([otherDraft, homeAtShared, homeAtFree], p => Assert.Equal(0, p.GetProperty("errors").GetArrayLength()));
        Assert.Equal(Id(homeAtShared), PageId(await home.DataAsync(BySlug, new { slug = shared })));
        Assert.Equal(Id(otherDraft), PageId(await other.DataAsync(BySlug, new { slug = shared })));
        Assert.Null(PageId(await member.DataAsync(BySlug, new { slug = shared })));
        var ambiguous = await staff.PostAsync(BySlug, new { slug = shared });
        Assert.Equal("BAD_USER_INPUT", ambiguous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(Id(otherDraft), PageId(await staff.DataAsync(BySlug, new { slug = shared, organisationId = teams.OtherId })));
        Assert.Null(PageId(await home.DataAsync(BySlug, new { slug = shared, organisationId = teams.OtherId })));
        const string List = "query($slug: String!) { pages(where: { slug: { eq: $slug } }) { nodes { id organisation { name } } } }";
        var listed = (await staff.DataAsync(List, new { slug = shared })).GetProperty("pages").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([teams.Home.Name, teams.Other.Name], listed.Select(p => p.GetProperty("organisation").GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Single((await home.DataAsync(List, new { slug = shared })).GetProperty("pages").GetProperty("nodes").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Going_live_with_a_slug_a_live_page_holds_is_refused_and_no_refusal_depends_on_another_organisations_draft(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var (home, other) = (fixture.Client(provider, teams.HomeAgency), fixture.Client(provider, teams.OtherAgency));
        var (homeReviewer, otherReviewer) = (fixture.Client(provider, teams.HomeReviewer), fixture.Client(provider, teams.OtherReviewer));
        var member = fixture.Client(provider, server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedNamed.Id.ToString(), SermoRoles.Physician));
        var (contested, alone) = (PageTeams.NewSlug(), PageTeams.NewSlug());

        // Going live where another organisation has a draft answers as going live where nobody has anything.
        var otherDraft = Id(await PageTeams.TryCreatePageAsync(other, teams.OtherId, contested));
        var homeLive = await PageTeams.TryGoLiveAsync(home, homeReviewer, Id(await PageTeams.TryCreatePageAsync(home, teams.HomeId, contested)));
        var homeLiveAlone = await PageTeams.TryGoLiveAsync(home, homeReviewer, Id(await PageTeams.TryCreatePageAsync(home, teams.HomeId, alone)));
        Assert.Equal(Shape(homeLive, contested), Shape(homeLiveAlone, alone));
        Assert.True(homeLive.GetProperty("page").GetProperty("isLive").GetBoolean());

        // The draft that shared the slug cannot go live now (the store's unique key), and the live Page is the address.
        var refused = await PageTeams.TryGoLiveAsync(other, otherReviewer, otherDraft);
        Assert.Equal(["PAGE_SLUG_TAKEN"], PageTeams.Codes(refused));
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("page").ValueKind);
        Assert.Equal(homeLive.GetProperty("page").GetProperty("id").GetString(), PageId(await member.DataAsync(BySlug, new { slug = contested })));

        // Creating at a slug a live Page holds, or one the organisation's own draft holds, is one refusal: the same code,
        // words and path whether or not another organisation's draft has the slug too.
        var atLive = await PageTeams.TryCreatePageAsync(other, teams.OtherId, alone);
        var ownDraft = PageTeams.NewSlug();
        await PageTeams.TryCreatePageAsync(home, teams.HomeId, ownDraft);
        var atOwnDraft = await PageTeams.TryCreatePageAsync(home, teams.HomeId, ownDraft);
        var sharedDraft = PageTeams.NewSlug();
        await PageTeams.TryCreatePageAsync(home, teams.HomeId, sharedDraft);
        await PageTeams.TryCreatePageAsync(other, teams.OtherId, sharedDraft);
        var atSharedDraft = await PageTeams.TryCreatePageAsync(home, teams.HomeId, sharedDraft);
        Assert.Equal(["PAGE_SLUG_TAKEN"], PageTeams.Codes(atLive));
        Assert.Equal(Shape(atLive, alone), Shape(atOwnDraft, ownDraft));
        Assert.Equal(Shape(atOwnDraft, ownDraft), Shape(atSharedDraft, sharedDraft));
    }

    private static string Id(JsonElement createPayload) => createPayload.GetProperty("page").GetProperty("id").GetString()!;

    private static string? PageId(JsonElement data) => data.GetProperty("page") is { ValueKind: JsonValueKind.Object } page ? page.GetProperty("id").GetString() : null;

    /// <summary>A payload's errors with the slug asked for blanked out: what the answer says beyond the caller's own input.</summary>
    private static string Shape(JsonElement payload, string slug) => payload.GetProperty("errors").GetRawText().Replace(slug, "<slug>", StringComparison.Ordinal);
}
