using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Api.Events;
using Sermo.Tests.Infrastructure;
using StackExchange.Redis;

namespace Sermo.Tests.Events;

/// <summary>The Redis bus against a real redis-server of its own: events cross bus instances, a restart of
/// Redis neither fails publishers nor loses subscriptions for good, and channels are released.</summary>
public sealed class RedisEventBusTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private RedisServer _redis = null!;

    public sealed record TallyChanged(string PollId, int Votes, DateTimeOffset At);

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private RedisEventBus NewBus(string channelPrefix = RedisEventBusOptions.DefaultChannelPrefix) => new(
        Options.Create(new EventBusOptions { SubscriberBufferCapacity = 64 }),
        Options.Create(new RedisEventBusOptions { Configuration = _redis.Configuration + ",connectTimeout=2000", ChannelPrefix = channelPrefix }),
        NullLogger<RedisEventBus>.Instance);

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (!condition())
            await Task.Delay(20, deadline.Token);
    }

    [Fact]
    public async Task A_subscriber_on_one_instance_receives_what_another_instance_publishes()
    {
        await using var publisher = NewBus();
        await using var receiver = NewBus();
        var topic = EventTopic.For("TallyChanged", "poll-1");
        await using var remote = await receiver.SubscribeAsync<TallyChanged>(topic);
        await using var local = await publisher.SubscribeAsync<TallyChanged>(topic);
        await using var otherPoll = await receiver.SubscribeAsync<TallyChanged>(EventTopic.For("TallyChanged", "poll-2"));

        var sent = new TallyChanged("poll-1", 12, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await publisher.PublishAsync(topic, sent);
        await publisher.PublishAsync(topic, sent with { Votes = 13 });

        var remoteReader = remote.GetAsyncEnumerator();
        Assert.True(await remoteReader.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(sent, remoteReader.Current);
        Assert.True(await remoteReader.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(13, remoteReader.Current.Votes);

        // The publisher's own subscriber gets each event once: directly, not again through Redis.
        var localReader = local.GetAsyncEnumerator();
        Assert.True(await localReader.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(12, localReader.Current.Votes);
        Assert.True(await localReader.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(13, localReader.Current.Votes);
        await publisher.PublishAsync(topic, sent with { Votes = 14 });
        Assert.True(await remoteReader.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.True(await localReader.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(14, localReader.Current.Votes);

        Assert.Equal(0, otherPoll.DroppedCount);
        var otherReader = otherPoll.GetAsyncEnumerator();
        var nothing = otherReader.MoveNextAsync().AsTask();
        await otherPoll.DisposeAsync();
        Assert.False(await nothing.WaitAsync(Timeout));
    }

    [Fact]
    public async Task Events_of_one_topic_reach_another_instance_in_the_order_they_were_published()
    {
        // A subscriber shows the latest tally it received: one delivered after a later one would show a stale count.
        await using var publisher = NewBus();
        await using var receiver = NewBus();
        var topic = EventTopic.For("TallyChanged", "poll-order");
        await using var remote = await receiver.SubscribeAsync<TallyChanged>(topic);

        // Published back to back (each PUBLISH is sent in call order, none waits for the previous reply), so they
        // arrive together, as a busy poll's tallies do. Fewer than the subscriber's buffer holds: none is dropped.
        const int Count = 60;
        await Task.WhenAll(Enumerable.Range(1, Count).Select(votes =>
            publisher.PublishAsync(topic, new TallyChanged("poll-order", votes, DateTimeOffset.UnixEpoch)).AsTask()));

        var received = new List<int>();
        var reader = remote.GetAsyncEnumerator();
        while (received.Count < Count && await reader.MoveNextAsync().AsTask().WaitAsync(Timeout))
            received.Add(reader.Current.Votes);
        Assert.Equal(Enumerable.Range(1, Count), received);
    }

    public sealed record Renamed(int Count);

    [Fact]
    public async Task An_event_one_subscriber_cannot_read_still_reaches_the_topics_other_subscribers()
    {
        await using var publisher = NewBus();
        await using var receiver = NewBus();
        var topic = EventTopic.For("TallyChanged", "poll-mixed");
        // Subscribed first, so it is asked first: "Count" as a string does not fit its int.
        await using var misfit = await receiver.SubscribeAsync<Renamed>(topic);
        await using var reader = await receiver.SubscribeAsync<TallyChanged>(topic);

        await publisher.PublishAsync(topic, new { PollId = "poll-mixed", Votes = 3, At = DateTimeOffset.UnixEpoch, Count = "three" });

        var events = reader.GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(3, events.Current.Votes);
    }

    [Fact]
    public async Task A_subscription_disposed_after_its_bus_is_disposed_does_not_throw()
    {
        var bus = NewBus();
        var subscription = await bus.SubscribeAsync<TallyChanged>(EventTopic.For("TallyChanged", "poll-late"));
        await bus.DisposeAsync();

        // A socket session or SSE stream may end after the host disposed the bus on shutdown.
        await subscription.DisposeAsync();
    }

    [Fact]
    public async Task The_last_subscriber_leaving_releases_the_redis_channel()
    {
        await using var bus = NewBus();
        var topic = EventTopic.For("TallyChanged", "poll-release");
        var first = await bus.SubscribeAsync<TallyChanged>(topic);
        var second = await bus.SubscribeAsync<TallyChanged>(topic);
        Assert.Equal([RedisEventBusOptions.DefaultChannelPrefix + topic], await ChannelsOnRedisAsync());

        await first.DisposeAsync();
        Assert.Equal([RedisEventBusOptions.DefaultChannelPrefix + topic], await ChannelsOnRedisAsync());
        await second.DisposeAsync();
        Assert.Empty(await ChannelsOnRedisAsync());
    }

    [Fact]
    public async Task Redis_going_away_fails_no_publisher_and_subscriptions_deliver_again_when_it_is_back()
    {
        await using var publisher = NewBus();
        await using var receiver = NewBus();
        var topic = EventTopic.For("TallyChanged", "poll-outage");
        await using var remote = await receiver.SubscribeAsync<TallyChanged>(topic);
        await using var local = await publisher.SubscribeAsync<TallyChanged>(topic);
        var remoteReader = remote.GetAsyncEnumerator();
        var localReader = local.GetAsyncEnumerator();

        await _redis.StopAsync();

        // Publishing during the outage completes promptly and still reaches this instance's subscribers.
        await publisher.PublishAsync(topic, new TallyChanged("poll-outage", 1, DateTimeOffset.UnixEpoch)).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(await localReader.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(1, localReader.Current.Votes);

        await _redis.StartAsync();

        // The restarted Redis knows no subscriptions: the receiver must subscribe again by itself. Publish
        // until one arrives (events published before the resubscription are lost, by design of pub/sub).
        var votes = 100;
        await PublishUntilReceivedAsync(publisher, topic, remoteReader, () => new TallyChanged("poll-outage", ++votes, DateTimeOffset.UnixEpoch));
        Assert.True(remoteReader.Current.Votes > 100);
    }

    [Fact]
    public async Task A_bus_is_ready_only_once_its_topics_are_subscribed_again_after_an_outage()
    {
        await using var publisher = NewBus();
        await using var receiver = NewBus();
        var topics = Enumerable.Range(0, 20).Select(i => EventTopic.For("TallyChanged", $"poll-ready-{i}")).ToArray();
        var subscriptions = new List<EventSubscription<TallyChanged>>();
        foreach (var topic in topics)
            subscriptions.Add(await receiver.SubscribeAsync<TallyChanged>(topic));
        Assert.True(await receiver.CheckReadyAsync());

        await _redis.StopAsync();
        await EventuallyAsync(() => !receiver.IsReady && !publisher.IsConnected);
        await _redis.StartAsync();
        await BusReadiness.WaitAsync(Timeout, receiver, publisher);

        // Both ready (as both instances' /health/ready would say): one event per topic, published once, reaches
        // each subscriber. Waiting for the publisher's IsConnected alone is not enough: it is true as soon as either
        // of its connections is back, and a publish before the interactive one is back is lost.
        foreach (var (topic, index) in topics.Select((topic, index) => (topic, index)))
            await publisher.PublishAsync(topic, new TallyChanged(topic, index, DateTimeOffset.UnixEpoch));
        foreach (var (subscription, index) in subscriptions.Select((subscription, index) => (subscription, index)))
        {
            var reader = subscription.GetAsyncEnumerator();
            Assert.True(await reader.MoveNextAsync().AsTask().WaitAsync(Timeout));
            Assert.Equal(index, reader.Current.Votes);
            await subscription.DisposeAsync();
        }
    }

    [Fact]
    public async Task Deployments_with_their_own_channel_prefix_share_a_redis_without_seeing_each_others_events()
    {
        await using var staging = NewBus("staging:");
        await using var production = NewBus("production:");
        var topic = EventTopic.For("TallyChanged", "poll-prefix");
        await using var stagingSubscriber = await staging.SubscribeAsync<TallyChanged>(topic);
        await using var productionSubscriber = await production.SubscribeAsync<TallyChanged>(topic);
        Assert.Equal(["production:" + topic, "staging:" + topic], (await ChannelsOnRedisAsync("*" + topic)).Order());

        await using var stagingPublisher = NewBus("staging:");
        await stagingPublisher.PublishAsync(topic, new TallyChanged("poll-prefix", 1, DateTimeOffset.UnixEpoch));

        var stagingReader = stagingSubscriber.GetAsyncEnumerator();
        Assert.True(await stagingReader.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(1, stagingReader.Current.Votes);
        var productionReader = productionSubscriber.GetAsyncEnumerator();
        var nothing = productionReader.MoveNextAsync().AsTask();
        await Task.Delay(300);
        Assert.False(nothing.IsCompleted);
    }

    [Fact]
    public async Task A_bus_starts_while_redis_is_down_and_delivers_once_it_is_up()
    {
        await _redis.StopAsync();
        await using var publisher = NewBus();
        await using var receiver = NewBus();
        Assert.False(receiver.IsConnected);
        var topic = EventTopic.For("TallyChanged", "poll-late");
        await using var remote = await receiver.SubscribeAsync<TallyChanged>(topic);
        await publisher.PublishAsync(topic, new TallyChanged("poll-late", 0, DateTimeOffset.UnixEpoch));

        await _redis.StartAsync();

        var reader = remote.GetAsyncEnumerator();
        var votes = 0;
        await PublishUntilReceivedAsync(publisher, topic, reader, () => new TallyChanged("poll-late", ++votes, DateTimeOffset.UnixEpoch));
        Assert.True(reader.Current.Votes > 0);
    }

    /// <summary>Pub/sub keeps nothing for absent subscribers, so after an outage the only observable sign of a
    /// restored subscription is an event arriving: publish a fresh one every 200 ms until one does (bounded).</summary>
    private static async Task PublishUntilReceivedAsync(
        RedisEventBus publisher, string topic, IAsyncEnumerator<TallyChanged> reader, Func<TallyChanged> next)
    {
        var received = reader.MoveNextAsync().AsTask();
        using var deadline = new CancellationTokenSource(Timeout);
        while (!received.IsCompleted)
        {
            deadline.Token.ThrowIfCancellationRequested();
            await publisher.PublishAsync(topic, next());
            await Task.WhenAny(received, Task.Delay(200, deadline.Token));
        }

        Assert.True(await received);
    }

    private async Task<string[]> ChannelsOnRedisAsync(string pattern = RedisEventBusOptions.DefaultChannelPrefix + "*")
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration);
        var channels = await connection.GetServer(_redis.Configuration).SubscriptionChannelsAsync(RedisChannel.Pattern(pattern));
        return [.. channels.Select(c => (string)c!)];
    }
}
