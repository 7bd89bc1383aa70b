using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Sermo.Api.Auth;
using Sermo.Tests.Api.Images;

namespace Sermo.Tests.Partner;

/// <summary>Images in Page branding and posts over HTTP on both databases: the content shows them as objects, members
/// reach them (in the graph, by <c>node</c> and by their bytes) only once a live Page shows them, and the content may name
/// only images uploaded for the Page's organisation.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PageImagesGraphTests(PartnerGraphFixture fixture)
{
    private const string ImageNode = "query($id: ID!) { node(id: $id) { ... on StoredImage { id url } } }";
    private const string LivePage = "query($id: ID!) { node(id: $id) { ... on Page { live { logo { id url width height } cover { id } } posts { image { id url } } } } }";

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Branding_shows_image_objects_that_members_reach_only_once_a_live_page_shows_them(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var (agency, reviewer) = (fixture.Client(provider, teams.HomeAgency), fixture.Client(provider, teams.HomeReviewer));
        var uploads = new ImageUploads(server);
        var logo = (await uploads.UploadAsync(teams.HomeAgency, teams.HomeId, TestImages.Png(64, 48), "logo.png", "image/png")).GetProperty("image");
        var postImage = (await uploads.UploadAsync(teams.HomeAgency, teams.HomeId, TestImages.Jpeg(120, 80), "post.jpg", "image/jpeg")).GetProperty("image");
        var (logoId, logoUrl) = (logo.GetProperty("id").GetString()!, logo.GetProperty("url").GetString()!);
        var memberToken = server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedNamed.Id.ToString(), SermoRoles.Physician);
        var member = fixture.Client(provider, memberToken);

        var draft = await teams.CreatePageAsync(agency, new
        {
            title = "Cardiva", aboutText = "Cardiva (examplestatin) tablets.", brandName = "Cardiva", kind = "REMINDER_AD",
            logoImageId = logoId, coverImageId = logoId,
        });
        var pageId = draft.GetProperty("id").GetString()!;
        var staged = (await agency.DataAsync("query($id: ID!) { node(id: $id) { ... on Page { staging { content { logo { id url } } } } } }", new { id = pageId }))
            .GetProperty("node").GetProperty("staging").GetProperty("content").GetProperty("logo");
        Assert.Equal((logoId, logoUrl), (staged.GetProperty("id").GetString(), staged.GetProperty("url").GetString()));

        // Not live yet: the member reaches the image neither by id nor by its bytes.
        Assert.Equal(JsonValueKind.Null, (await member.DataAsync(ImageNode, new { id = logoId })).GetProperty("node").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(server, logoUrl, memberToken));

        await PageTeams.GoLiveAsync(agency, reviewer, pageId);
        var postId = await PageTeams.DraftPostAsync(agency, pageId, new { body = "Our booth.", kind = "UNBRANDED", imageId = postImage.GetProperty("id").GetString() });
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(server, postImage.GetProperty("url").GetString()!, memberToken));
        await PageTeams.PublishPostAsync(agency, reviewer, postId);

        var live = (await member.DataAsync(LivePage, new { id = pageId })).GetProperty("node");
        var liveLogo = live.GetProperty("live").GetProperty("logo");
        Assert.Equal((logoId, logoUrl, 64, 48), (liveLogo.GetProperty("id").GetString(), liveLogo.GetProperty("url").GetString(),
            liveLogo.GetProperty("width").GetInt32(), liveLogo.GetProperty("height").GetInt32()));
        Assert.Equal(logoId, live.GetProperty("live").GetProperty("cover").GetProperty("id").GetString());
        Assert.Equal(postImage.GetProperty("id").GetString(), live.GetProperty("posts")[0].GetProperty("image").GetProperty("id").GetString());
        Assert.Equal(logoId, (await member.DataAsync(ImageNode, new { id = logoId })).GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, await FetchAsync(server, logoUrl, memberToken));
        Assert.Equal(HttpStatusCode.OK, await FetchAsync(server, postImage.GetProperty("url").GetString()!, memberToken));

        // Never without a token; never for another organisation's team; always for staff and the team.
        Assert.Equal(HttpStatusCode.Unauthorized, await FetchAsync(server, logoUrl, null));
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(server, logoUrl, teams.OtherAgency));
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(server, logoUrl, teams.OtherReviewer));
        foreach (var token in new[] { teams.HomeAgency, teams.HomeReviewer, teams.Staff })
            Assert.Equal(HttpStatusCode.OK, await FetchAsync(server, logoUrl, token));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Content_naming_an_image_of_another_organisation_or_none_is_refused_at_its_path(string provider)
    {
        var server = fixture.Server(provider);
        var teams = await PageTeams.ReadAsync(server);
        var agency = fixture.Client(provider, teams.HomeAgency);
        var theirs = (await new ImageUploads(server).UploadAsync(teams.OtherAgency, PartnerIds.Of(server, "Organisation", teams.Other.Id), TestImages.Png(), "theirs.png", "image/png"))
            .GetProperty("image").GetProperty("id").GetString();
        var nobodys = PartnerIds.Of(server, "StoredImage", Guid.NewGuid());
        var page = await teams.CreatePageAsync(agency);
        var pageId = page.GetProperty("id").GetString();

        foreach (var image in new[] { theirs, nobodys })
        {
            var revise = (await agency.DataAsync("mutation($input: RevisePageInput!) { revisePage(input: $input) { page { id } errors { code path } } }",
                new { input = new { pageId, content = new { title = "Cardiva", aboutText = "Tablets.", kind = "UNBRANDED", coverImageId = image } } })).GetProperty("revisePage");
            var post = (await agency.DataAsync("mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { code path } } }",
                new { input = new { pageId, content = new { body = "Look.", kind = "UNBRANDED", imageId = image } } })).GetProperty("createPost");

            Assert.Equal("""[{"code":"IMAGE_NOT_FOUND","path":["input","content","coverImageId"]}]""", revise.GetProperty("errors").GetRawText());
            Assert.Equal("""[{"code":"IMAGE_NOT_FOUND","path":["input","content","imageId"]}]""", post.GetProperty("errors").GetRawText());
        }
        var staging = (await agency.DataAsync("query($id: ID!) { node(id: $id) { ... on Page { staging { number } allPosts { id } } } }", new { id = pageId })).GetProperty("node");
        Assert.Equal(1, staging.GetProperty("staging").GetProperty("number").GetInt32());
        Assert.Equal(0, staging.GetProperty("allPosts").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task The_demo_seeds_live_pages_show_logos_a_member_can_fetch(string provider)
    {
        var server = fixture.Server(provider);
        var memberToken = server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedNamed.Id.ToString(), SermoRoles.Physician);

        var pages = (await fixture.Client(provider, memberToken).DataAsync("{ pages(first: 3) { nodes { live { logo { url } cover { url } } } } }"))
            .GetProperty("pages").GetProperty("nodes").EnumerateArray().ToList();

        Assert.NotEmpty(pages);
        foreach (var image in pages.SelectMany(p => new[] { p.GetProperty("live").GetProperty("logo"), p.GetProperty("live").GetProperty("cover") }))
            Assert.Equal(HttpStatusCode.OK, await FetchAsync(server, image.GetProperty("url").GetString()!, memberToken));
    }

    private static async Task<HttpStatusCode> FetchAsync(Infrastructure.SermoServer server, string url, string? token)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
