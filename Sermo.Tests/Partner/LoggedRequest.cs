using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sermo.Tests.Partner;

/// <summary>Posts one query to a fixture server tagged for its <see cref="SqlCommandLog"/>, and gives back its data and
/// exactly the SQL commands that request sent.</summary>
public static class LoggedRequest
{
    public static async Task<(JsonElement Data, IReadOnlyList<string> Commands)> PostAsync(
        PartnerGraphFixture fixture, string provider, string token, string query, object variables)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var client = fixture.Server(provider).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add(SqlCommandLog.TagHeader, tag);
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return (body.GetProperty("data").Clone(), fixture.SqlCommands(provider).Of(tag));
    }
}
