using System.Net;
using System.Text.Json;
using Sermo.Api.Auth;
using Sermo.Tests.Api.Auth;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Schemas;

/// <summary><c>viewer</c> on both graphs, through the real host: who the token says the caller is.</summary>
[Collection(SermoServerCollection.Name)]
public sealed class ViewerTests(SermoServerFixture fixture)
{
    private const string Query = "{ viewer { authenticated subject roles schema } }";

    [Fact]
    public async Task The_partner_graph_describes_an_anonymous_caller()
    {
        var viewer = await ViewerAsync("/graphql", token: null);

        Assert.False(viewer.GetProperty("authenticated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, viewer.GetProperty("subject").ValueKind);
        Assert.Empty(viewer.GetProperty("roles").EnumerateArray());
        Assert.Equal("partner", viewer.GetProperty("schema").GetString());
    }

    [Fact]
    public async Task The_partner_graph_describes_a_caller_with_a_token()
    {
        var viewer = await ViewerAsync("/graphql", fixture.Server.IssueToken("agency-7", "reader", "agency"));

        Assert.True(viewer.GetProperty("authenticated").GetBoolean());
        Assert.Equal("agency-7", viewer.GetProperty("subject").GetString());
        Assert.Equal(["agency", "reader"], viewer.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task The_pharma_graph_serves_a_pharma_caller()
    {
        var viewer = await ViewerAsync("/pharma/graphql", fixture.Server.IssueToken("bi-tool", SermoRoles.Pharma));

        Assert.Equal("pharma", viewer.GetProperty("schema").GetString());
        Assert.Equal("bi-tool", viewer.GetProperty("subject").GetString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, AuthErrorCodes.NotAuthenticated)]
    [InlineData("agency", HttpStatusCode.Forbidden, AuthErrorCodes.NotAuthorized)]
    public async Task The_pharma_graph_refuses_other_callers(string? role, HttpStatusCode status, string code)
    {
        using var response = await PostAsync("/pharma/graphql", role is null ? null : fixture.Server.IssueToken("someone", role));

        Assert.Equal(status, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal(code, body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> ViewerAsync(string path, string? token)
    {
        using var response = await PostAsync(path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("errors", out _));
        return body.RootElement.GetProperty("data").GetProperty("viewer").Clone();
    }

    private Task<HttpResponseMessage> PostAsync(string path, string? token) =>
        ViewerProbe.PostAsync(fixture.Server, token is null ? null : "Bearer " + token, path, Query);
}
