using System.Net.Http.Json;
using System.Text.Json;

namespace Sermo.Tests.Subscriptions;

/// <summary>Publishes test events through the real HTTP mutation, as another client would.</summary>
internal static class TestEventPublisher
{
    public static async Task PublishAsync(HttpClient http, string topic, int value, string path = "/graphql", string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new
            {
                query = "mutation($topic: String!, $value: Int!) { publishTestEvent(topic: $topic, value: $value) }",
                variables = new { topic, value },
            }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"publishTestEvent answered {(int)response.StatusCode}: {body}");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("publishTestEvent").GetBoolean(), body);
    }

    /// <summary>A subscriber is only listening once its subscribe message has been processed, which the
    /// protocols do not acknowledge: publish increasing values every 200 ms until <paramref name="received"/>
    /// completes (bounded), and return the last value published.</summary>
    public static async Task<int> PublishUntilAsync(HttpClient http, string topic, Task received, string path = "/graphql", string? token = null, int firstValue = 1)
    {
        var value = firstValue - 1;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!received.IsCompleted)
        {
            deadline.Token.ThrowIfCancellationRequested();
            await PublishAsync(http, topic, ++value, path, token);
            await Task.WhenAny(received, Task.Delay(200, deadline.Token));
        }

        await received;
        return value;
    }
}
