using System.Net;
using Newtonsoft.Json.Linq;

namespace Sermo.Tests.Snapshots;

/// <summary>What a snapshot keeps of an HTTP response: its status, the media type, the headers a client acts on,
/// and the body as JSON (so the snapshot file reads as the client sees it, not as an escaped string).</summary>
public static class SnapshotResponse
{
    public static async Task<JObject> OfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var snapshot = new JObject
        {
            ["status"] = (int)response.StatusCode,
            ["contentType"] = response.Content.Headers.ContentType?.ToString(),
        };
        if (response.StatusCode == HttpStatusCode.Unauthorized)
            snapshot["wwwAuthenticate"] = response.Headers.WwwAuthenticate.ToString();
        if (response.Content.Headers.Allow.Count > 0)
            snapshot["allow"] = string.Join(", ", response.Content.Headers.Allow);
        snapshot["body"] = JToken.Parse(body);
        return snapshot;
    }
}
