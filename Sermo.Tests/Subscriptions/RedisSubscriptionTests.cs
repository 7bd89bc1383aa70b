using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Subscriptions;

/// <summary>Two server instances on one real Redis: a subscriber on one receives what a client of the other
/// publishes; Redis going away fails no query or mutation, and subscriptions deliver again once it is back.</summary>
public sealed class RedisSubscriptionTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private SermoServer _first = null!;
    private SermoServer _second = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartNewAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = _redis.Configuration + ",connectTimeout=2000",
        };
        _first = TestEventsContributor.StartServer(configuration);
        _second = TestEventsContributor.StartServer(configuration);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private static async Task<RawSocket> SubscribeAsync(SermoServer server, string topic)
    {
        var socket = await RawSocket.ConnectAsync(server.BaseAddress, "/graphql", "graphql-transport-ws");
        await socket.SendJsonAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
        await socket.SendJsonAsync(new { id = "1", type = "subscribe", payload = new { query = $"subscription {{ testEvents(topic: \"{topic}\") {{ value }} }}" } });
        return socket;
    }

    private static int ValueOf(JsonElement next) =>
        next.GetProperty("payload").GetProperty("data").GetProperty("testEvents").GetProperty("value").GetInt32();

    [Fact]
    public async Task A_subscriber_on_one_instance_receives_what_is_published_on_the_other()
    {
        await using var socket = await SubscribeAsync(_first, "shared");
        using var secondClient = _second.CreateClient();

        var first = socket.ReceiveJsonAsync("next");
        var last = await TestEventPublisher.PublishUntilAsync(secondClient, "shared", first);
        Assert.True(ValueOf(await first) >= 1);

        await TestEventPublisher.PublishAsync(secondClient, "shared", last + 1);
        while (ValueOf(await socket.ReceiveJsonAsync("next")) != last + 1)
        {
        }
    }

    [Fact]
    public async Task Redis_stopping_fails_no_query_or_mutation_and_subscriptions_deliver_again_once_it_is_back()
    {
        await using var socket = await SubscribeAsync(_first, "outage");
        using var firstClient = _first.CreateClient();
        using var secondClient = _second.CreateClient();
        var before = socket.ReceiveJsonAsync("next");
        await TestEventPublisher.PublishUntilAsync(secondClient, "outage", before);
        await before;

        await _redis.StopAsync();

        // Queries and mutations keep working on both instances; the mutation's event reaches this instance's subscribers.
        foreach (var client in new[] { firstClient, secondClient })
        {
            using var query = await client.PostAsJsonAsync("/graphql", new { query = "{ viewer { schema } }" });
            Assert.True(query.IsSuccessStatusCode, await query.Content.ReadAsStringAsync());
            Assert.Equal("partner", JsonDocument.Parse(await query.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("viewer").GetProperty("schema").GetString());
        }

        await TestEventPublisher.PublishAsync(secondClient, "outage", 1000);
        await TestEventPublisher.PublishAsync(firstClient, "outage", 2000);
        Assert.Equal(2000, ValueOf(await socket.ReceiveJsonAsync("next")));

        await _redis.StartAsync();

        var after = socket.ReceiveJsonAsync("next");
        await TestEventPublisher.PublishUntilAsync(secondClient, "outage", after, firstValue: 3000);
        Assert.True(ValueOf(await after) >= 3000);
    }

    [Fact]
    public async Task Once_both_instances_report_ready_after_a_redis_restart_a_single_event_reaches_the_subscriber()
    {
        await using var socket = await SubscribeAsync(_first, "ready");
        using var firstClient = _first.CreateClient();
        using var secondClient = _second.CreateClient();
        var before = socket.ReceiveJsonAsync("next");
        await TestEventPublisher.PublishUntilAsync(secondClient, "ready", before);
        await before;

        await _redis.StopAsync();
        await WaitForReadinessAsync(firstClient, HttpStatusCode.ServiceUnavailable);
        await _redis.StartAsync();
        await WaitForReadinessAsync(firstClient, HttpStatusCode.OK);
        await WaitForReadinessAsync(secondClient, HttpStatusCode.OK);

        // No retry loop: readiness promises that the very next event is delivered.
        await TestEventPublisher.PublishAsync(secondClient, "ready", 5000);
        int value;
        do
        {
            value = ValueOf(await socket.ReceiveJsonAsync("next"));
        }
        while (value < 5000);
        Assert.Equal(5000, value);
    }

    private static async Task WaitForReadinessAsync(HttpClient client, HttpStatusCode expected)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            using var response = await client.GetAsync("/health/ready", deadline.Token);
            if (response.StatusCode == expected)
                return;
            await Task.Delay(50, deadline.Token);
        }
    }
}
