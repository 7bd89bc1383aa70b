using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Sermo.Api.Auth;
using Sermo.Tests.Api.Images;

namespace Sermo.Tests.Partner;

/// <summary>Image uploads over real HTTP with a real multipart client, on SQLite and PostgreSQL: good images stored and
/// served with cache headers; every bad file, malformed request and caller without a mandate refused with a clear error
/// and nothing left in the table or the blob folder.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class ImagesGraphTests(PartnerGraphFixture fixture)
{
    private const string ImageNode = "query($id: ID!) { node(id: $id) { ... on StoredImage { id width height contentType } } }";

    public static TheoryData<string, string> ProvidersAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { PartnerGraphFixture.Sqlite, PartnerGraphFixture.Postgres })
        {
            foreach (var format in new[] { "png", "jpeg", "webp" })
                data.Add(provider, format);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndFormats))]
    public async Task A_good_image_is_stored_and_served_with_cache_headers(string provider, string format)
    {
        var server = fixture.Server(provider);
        var uploads = new ImageUploads(server);
        var (agency, organisation, _) = await uploads.MandateAsync();
        var bytes = format switch { "png" => TestImages.Png(320, 200), "jpeg" => TestImages.Jpeg(320, 200), _ => TestImages.Webp(320, 200) };
        var before = await uploads.StoredAsync();

        var payload = await uploads.UploadAsync(PageTeams.AgencyToken(server, agency), PartnerIds.Of(server, "Organisation", organisation), bytes, $"brand.{format}", $"image/{format}");

        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var image = payload.GetProperty("image");
        Assert.Equal((320, 200, $"image/{format}"), (image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32(), image.GetProperty("contentType").GetString()));
        Assert.Equal((before.Rows + 1, before.Files + 2), await uploads.StoredAsync());

        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PageTeams.AgencyToken(server, agency));
        using var served = await client.GetAsync(image.GetProperty("url").GetString());
        var content = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal($"image/{format}", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(image.GetProperty("byteLength").GetInt64(), content.Length);
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(content))}\"", served.Headers.ETag?.ToString());
        var cache = served.Headers.CacheControl!;
        Assert.Equal((true, false, TimeSpan.FromDays(365)), (cache.Private, cache.Public, cache.MaxAge));
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
        Assert.Contains("Authorization", served.Headers.Vary);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, image.GetProperty("url").GetString());
        revalidation.Headers.IfNoneMatch.Add(served.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task The_image_is_a_node_for_its_organisation_and_staff_only(string provider)
    {
        var server = fixture.Server(provider);
        var uploads = new ImageUploads(server);
        var (agency, organisation, other) = await uploads.MandateAsync();
        var payload = await uploads.UploadAsync(PageTeams.AgencyToken(server, agency), PartnerIds.Of(server, "Organisation", organisation), TestImages.Png(), "logo.png", "image/png");
        var id = payload.GetProperty("image").GetProperty("id").GetString();

        foreach (var token in new[] { PageTeams.AgencyToken(server, agency), PageTeams.ReviewerToken(server, organisation), server.IssueToken("staff-images", SermoRoles.Staff) })
        {
            var node = (await fixture.Client(provider, token).DataAsync(ImageNode, new { id })).GetProperty("node");
            Assert.Equal(id, node.GetProperty("id").GetString());
        }
        // A verified member too: no live Page shows this image.
        var member = server.IssueToken((await DemoMembers.ReadAsync(server)).VerifiedNamed.Id.ToString(), SermoRoles.Physician);
        foreach (var token in new[] { PageTeams.ReviewerToken(server, other), PageTeams.AgencyToken(server, Guid.NewGuid()), member, null })
        {
            var response = await fixture.Client(provider, token).PostAsync(ImageNode, new { id });
            Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("node").ValueKind);
        }
    }

    public static TheoryData<string, string, string> ProvidersAndBadFiles()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var provider in new[] { PartnerGraphFixture.Sqlite, PartnerGraphFixture.Postgres })
        {
            data.Add(provider, "gif", "UNSUPPORTED_IMAGE_TYPE");
            data.Add(provider, "pdf", "UNSUPPORTED_IMAGE_TYPE");
            data.Add(provider, "html named .png", "UNSUPPORTED_IMAGE_TYPE");
            data.Add(provider, "6 MB", "IMAGE_TOO_LARGE");
            data.Add(provider, "truncated jpeg", "IMAGE_CORRUPT");
            data.Add(provider, "truncated png", "IMAGE_CORRUPT");
            data.Add(provider, "jpeg declaring 60000 x 60000", "IMAGE_DIMENSIONS_OUT_OF_RANGE");
            data.Add(provider, "png declaring 8000 x 8000", "IMAGE_DIMENSIONS_OUT_OF_RANGE");
        }
        return data;
    }

    private static (byte[] Bytes, string Name, string Type) BadFile(string kind) => kind switch
    {
        "gif" => (TestImages.Gif(), "logo.gif", "image/gif"),
        "pdf" => (TestImages.Pdf(), "brochure.pdf", "application/pdf"),
        "html named .png" => (TestImages.Html(), "logo.png", "image/png"),
        "6 MB" => ([.. TestImages.Png(), .. new byte[6 * 1024 * 1024]], "big.png", "image/png"),
        "truncated jpeg" => (TestImages.Truncated(TestImages.Jpeg(200, 200)), "cut.jpg", "image/jpeg"),
        "truncated png" => (TestImages.Truncated(TestImages.Png(200, 200)), "cut.png", "image/png"),
        "jpeg declaring 60000 x 60000" => (TestImages.JpegDeclaring(60000, 60000), "bomb.jpg", "image/jpeg"),
        _ => (TestImages.PngDeclaring(8000, 8000), "bomb.png", "image/png"),
    };

    [Theory]
    [MemberData(nameof(ProvidersAndBadFiles))]
    public async Task A_bad_file_gets_a_typed_error_and_nothing_is_stored(string provider, string kind, string code)
    {
        var server = fixture.Server(provider);
        var uploads = new ImageUploads(server);
        var (agency, organisation, _) = await uploads.MandateAsync();
        var (bytes, name, type) = BadFile(kind);
        var before = await uploads.StoredAsync();

        var payload = await uploads.UploadAsync(PageTeams.AgencyToken(server, agency), PartnerIds.Of(server, "Organisation", organisation), bytes, name, type);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("image").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal("""["input","file"]""", error.GetProperty("path").GetRawText());
        Assert.Equal(before, await uploads.StoredAsync());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task An_agency_without_a_mandate_is_refused_before_the_file_is_read(string provider)
    {
        var server = fixture.Server(provider);
        var uploads = new ImageUploads(server);
        var (agency, _, other) = await uploads.MandateAsync();
        var before = await uploads.StoredAsync();

        var payload = await uploads.UploadAsync(PageTeams.AgencyToken(server, agency), PartnerIds.Of(server, "Organisation", other), TestImages.Gif(), "logo.gif", "image/gif");

        Assert.Equal("AGENCY_NOT_MANDATED", Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(before, await uploads.StoredAsync());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Only_agencies_may_upload(string provider)
    {
        var server = fixture.Server(provider);
        var uploads = new ImageUploads(server);
        var (_, organisation, _) = await uploads.MandateAsync();
        var before = await uploads.StoredAsync();

        foreach (var (token, code) in new[] { (PageTeams.ReviewerToken(server, organisation), "AUTH_NOT_AUTHORIZED"), (server.IssueToken("staff-images", SermoRoles.Staff), "AUTH_NOT_AUTHORIZED"), ((string?)null, "AUTH_NOT_AUTHENTICATED") })
        {
            var (status, body) = await uploads.PostAsync(ImageUploads.Form(PartnerIds.Of(server, "Organisation", organisation), TestImages.Png(), "logo.png", "image/png"), token);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(code, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
        Assert.Equal(before, await uploads.StoredAsync());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Malformed_and_unguarded_requests_are_refused_before_anything_is_stored(string provider)
    {
        var server = fixture.Server(provider);
        var uploads = new ImageUploads(server);
        var (agency, organisation, _) = await uploads.MandateAsync();
        var token = PageTeams.AgencyToken(server, agency);
        var organisationId = PartnerIds.Of(server, "Organisation", organisation);
        var before = await uploads.StoredAsync();

        var (noMap, noMapBody) = await uploads.PostAsync(ImageUploads.Form(organisationId, TestImages.Png(), "logo.png", "image/png", withMap: false), token);
        var (noPreflight, noPreflightBody) = await uploads.PostAsync(ImageUploads.Form(organisationId, TestImages.Png(), "logo.png", "image/png"), token, preflight: false);
        var (tooBig, tooBigBody) = await uploads.PostAsync(ImageUploads.Form(organisationId, new byte[9 * 1024 * 1024], "huge.png", "image/png"), token);
        var (pharma, pharmaBody) = await uploads.PostAsync(ImageUploads.Form(organisationId, TestImages.Png(), "logo.png", "image/png"),
            server.IssueToken("pharma-images", SermoRoles.Pharma), "/pharma/graphql");

        Assert.Equal((HttpStatusCode.BadRequest, "BAD_REQUEST"), (noMap, Code(noMapBody)));
        Assert.Equal((HttpStatusCode.BadRequest, "PREFLIGHT_REQUIRED"), (noPreflight, Code(noPreflightBody)));
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE"), (tooBig, Code(tooBigBody)));
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"), (pharma, Code(pharmaBody)));
        Assert.Equal(before, await uploads.StoredAsync());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_get_never_reads_files(string provider)
    {
        var server = fixture.Server(provider);
        var uploads = new ImageUploads(server);
        var (agency, organisation, _) = await uploads.MandateAsync();
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql")
        {
            Content = ImageUploads.Form(PartnerIds.Of(server, "Organisation", organisation), TestImages.Png(), "logo.png", "image/png"),
        };
        request.Headers.Add("GraphQL-Preflight", "1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", PageTeams.AgencyToken(server, agency));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("query-string", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Unknown_image_ids_are_404_and_no_image_is_served_without_a_token(string provider)
    {
        using var anonymous = fixture.Server(provider).CreateClient();
        using var unauthenticated = await anonymous.GetAsync("/images/" + PartnerIds.Of(fixture.Server(provider), "StoredImage", Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        using var client = fixture.Server(provider).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Server(provider).IssueToken("staff-images", SermoRoles.Staff));

        using var forged = await client.GetAsync("/images/not-an-id");
        using var otherType = await client.GetAsync("/images/" + PartnerIds.Of(fixture.Server(provider), "Organisation", Guid.NewGuid()));
        using var missing = await client.GetAsync("/images/" + PartnerIds.Of(fixture.Server(provider), "StoredImage", Guid.NewGuid()));

        Assert.All(new[] { forged, otherType, missing }, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
    }

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
