using System.Net;
using System.Text;
using System.Text.Json;
using Sermo.Api.Auth;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Subscriptions;

namespace Sermo.Tests.Api.Auth;

/// <summary>Asks a real server who it takes the caller to be, over HTTP (an Authorization header) and over
/// graphql-transport-ws (a <c>connection_init</c> token), and checks the refusal of credentials that do not
/// check out.</summary>
internal static class ViewerProbe
{
    private const string Query = "{ viewer { authenticated subject roles } }";

    /// <summary>POSTs the viewer query (or <paramref name="query"/>) with <paramref name="authorization"/> as the
    /// raw header (none if null).</summary>
    public static async Task<HttpResponseMessage> PostAsync(SermoServer server, string? authorization, string path = "/graphql", string query = Query)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await client.SendAsync(request);
    }

    /// <summary>The viewer the server answers for a bearer token; fails unless the answer is 200 with data.</summary>
    public static async Task<JsonElement> ViewerAsync(SermoServer server, string token, string path = "/graphql")
    {
        using var response = await PostAsync(server, "Bearer " + token, path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        using var body = JsonDocument.Parse(text);
        Assert.False(body.RootElement.TryGetProperty("errors", out _), text);
        return body.RootElement.GetProperty("data").GetProperty("viewer").Clone();
    }

    /// <summary>Asserts the refusal of credentials that do not check out: 401, <c>WWW-Authenticate: Bearer</c>
    /// and a GraphQL body with <c>AUTH_NOT_AUTHENTICATED</c> and no data.</summary>
    public static async Task AssertNotAuthenticatedAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"Expected 401, got {(int)response.StatusCode}: {text}");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        using var body = JsonDocument.Parse(text);
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(AuthErrorCodes.NotAuthenticated, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    /// <summary>Opens a graphql-transport-ws socket with the token in <c>connection_init</c>: the subject the
    /// server then runs operations as, or the close code it refused the connection with.</summary>
    public static async Task<(string? Subject, int? CloseCode)> OverSocketAsync(SermoServer server, string token)
    {
        await using var socket = await RawSocket.ConnectAsync(server.BaseAddress, "/graphql", "graphql-transport-ws");
        await socket.SendJsonAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        var first = await socket.ReceiveTextAsync();
        if (first is null)
            return (null, (int?)socket.CloseStatus);
        using (var ack = JsonDocument.Parse(first))
            Assert.Equal("connection_ack", ack.RootElement.GetProperty("type").GetString());
        await socket.SendJsonAsync(new { id = "me", type = "subscribe", payload = new { query = Query } });
        var viewer = (await socket.ReceiveJsonAsync("next", "ping")).GetProperty("payload").GetProperty("data").GetProperty("viewer");
        Assert.True(viewer.GetProperty("authenticated").GetBoolean());
        return (viewer.GetProperty("subject").GetString(), null);
    }
}
