using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Posts operations to a real server's <c>/graphql</c> (or another graph's <paramref name="path"/>) as one caller
/// (a bearer token, or none) and returns the whole response body.</summary>
public sealed class GraphClient(SermoServer server, string? token, string path = "/graphql")
{
    public SermoServer Server { get; } = server;

    public string? Token { get; } = token;

    /// <summary>The response to an operation; fails the test unless the status is 200.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var client = Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (Token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The <c>data</c> of an operation that must succeed without errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return response.GetProperty("data");
    }
}
