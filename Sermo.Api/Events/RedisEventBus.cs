using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Sermo.Api.Events;

/// <summary>Shares events between server instances through Redis pub/sub: one Redis channel per topic,
/// subscribed while this process has a subscriber to it and unsubscribed when the last one leaves (no
/// leaked channels). Events travel as JSON in an envelope naming the publishing process, which delivers
/// to its own subscribers directly and ignores its own echo, so local subscribers keep receiving while
/// Redis is away. Redis going away never fails a publisher; when the connection comes back every live
/// topic is subscribed again, and the bus reports itself ready only once that is done.</summary>
public sealed partial class RedisEventBus : IEventBus, IAsyncDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly TopicSubscribers _subscribers = new();
    // One queue per topic subscribed on Redis. A queue hands its messages over one at a time, in the order Redis
    // sent them; a plain handler would be called concurrently, and a newer tally could overtake an older one.
    private readonly Dictionary<string, ChannelMessageQueue> _subscribedOnRedis = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _redisGate = new(1, 1);
    private readonly int _capacity;
    private readonly string _channelPrefix;
    private readonly RedisChannel _probeChannel;
    private readonly ConnectionMultiplexer _connection;
    private readonly ISubscriber _redis;
    private readonly ILogger<RedisEventBus> _logger;
    private int _disposed;

    // Counts connection failures. A resubscription that began after the latest failure and finished without
    // error leaves the bus in sync with Redis; until then readiness says no, so that an operator (or a load
    // balancer) that waits for /health/ready knows events published from then on reach every subscriber.
    private long _failures;
    private long _syncedAfterFailure;

    // The server this instance's subscriptions live on, learnt from the last probe. Failures of other endpoints
    // (a listed server that is down, a replica) do not touch them and do not make the bus unready.
    private EndPoint? _subscriptionEndPoint;

    public RedisEventBus(IOptions<EventBusOptions> options, IOptions<RedisEventBusOptions> redisOptions, ILogger<RedisEventBus> logger)
    {
        _capacity = options.Value.SubscriberBufferCapacity;
        _channelPrefix = redisOptions.Value.ChannelPrefix;
        // No topic starts with ':' (an event kind never contains one), so the probe meets no subscriber's channel.
        _probeChannel = RedisChannel.Literal(_channelPrefix + ":ready:" + _origin);
        _logger = logger;

        _connection = ConnectionMultiplexer.Connect(redisOptions.Value.ToConfigurationOptions());
        _connection.ConnectionFailed += OnConnectionFailed;
        _connection.ConnectionRestored += OnConnectionRestored;
        _redis = _connection.GetSubscriber();
        if (_connection.IsConnected)
        {
            // Learns which server carries the subscriptions, so failures of other listed endpoints are told apart.
            // A probe only: re-subscribing topics here would drop, for a moment, a topic subscribed meanwhile.
            _ = LearnSubscriptionEndPointAsync();
        }
        else
        {
            // Started while Redis was away: nothing is known to be subscribed until the first connection.
            Interlocked.Increment(ref _failures);
        }
    }

    /// <summary>The prefix of every channel this bus uses.</summary>
    public string ChannelPrefix => _channelPrefix;

    /// <summary>Whether the connection to Redis is currently up.</summary>
    public bool IsConnected => _connection.IsConnected;

    /// <summary>Connected, and every live topic subscribed on Redis since the last connection failure: an event
    /// published anywhere from now on reaches this instance's subscribers.</summary>
    public bool IsReady => _connection.IsConnected && IsInSync;

    private bool IsInSync => Volatile.Read(ref _syncedAfterFailure) >= Volatile.Read(ref _failures);

    public async ValueTask PublishAsync<T>(string topic, T message, CancellationToken cancellationToken = default)
    {
        foreach (var sink in _subscribers.Of(topic))
        {
            sink.Deliver(message);
        }

        if (!_connection.IsConnected)
        {
            LogPublishSkipped(topic);
            return;
        }

        try
        {
            await _redis.PublishAsync(Channel(topic), Envelope(message)).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogPublishFailed(exception, topic);
        }
    }

    public async ValueTask<EventSubscription<T>> SubscribeAsync<T>(string topic, CancellationToken cancellationToken = default)
    {
        var subscription = new EventSubscription<T>(topic, _capacity, Unsubscribe);
        _subscribers.Add(topic, subscription);
        try
        {
            await SyncRedisSubscriptionAsync(topic, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await subscription.DisposeAsync();
            throw;
        }

        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _subscribers.CompleteAll();
        _connection.ConnectionFailed -= OnConnectionFailed;
        _connection.ConnectionRestored -= OnConnectionRestored;
        await _connection.CloseAsync(allowCommandsToComplete: false);
        _connection.Dispose();
        // The gate is not disposed: subscriptions may still end (and ask for it) after the bus is gone; it holds no handle.
    }

    private async ValueTask Unsubscribe<T>(EventSubscription<T> subscription)
    {
        // After the bus is disposed its connection is gone and its channels with it: nothing is left to release.
        if (_subscribers.Remove(subscription.Topic, subscription) && Volatile.Read(ref _disposed) == 0)
        {
            await SyncRedisSubscriptionAsync(subscription.Topic, CancellationToken.None);
        }
    }

    /// <summary>Makes Redis's view of one topic match this process's: subscribed exactly while a local
    /// subscriber exists. Serialised so a subscribe and an unsubscribe of the same topic cannot interleave.</summary>
    private async Task SyncRedisSubscriptionAsync(string topic, CancellationToken cancellationToken)
    {
        await _redisGate.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                return;
            }

            var wanted = _subscribers.HasSubscribers(topic);
            if (wanted && !_subscribedOnRedis.ContainsKey(topic))
            {
                _subscribedOnRedis[topic] = await SubscribeOnRedisAsync(topic);
            }
            else if (!wanted && _subscribedOnRedis.Remove(topic, out var queue))
            {
                await queue.UnsubscribeAsync();
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Not subscribed on Redis now: not ready until a resubscription (on restore, or asked for by the
            // readiness check) subscribes every live topic again.
            Interlocked.Increment(ref _failures);
            LogSubscriptionDeferred(exception, topic);
        }
        finally
        {
            _redisGate.Release();
        }
    }

    /// <summary>The readiness check: ready as is, or, when connected but behind (the first connection after
    /// starting while Redis was away, a failure event that arrived late, a subscription that failed while
    /// connected), ready once every live topic is subscribed again and the probe has come back.</summary>
    public async Task<bool> CheckReadyAsync(CancellationToken cancellationToken = default)
    {
        if (IsReady || !_connection.IsConnected)
        {
            return IsReady;
        }

        await ResubscribeAllAsync().WaitAsync(cancellationToken);
        return IsReady;
    }

    /// <summary>After an outage, Redis has forgotten this connection's channels. The client library
    /// re-sends them in most cases, not all, so every live topic is subscribed again here; unsubscribing
    /// the old queue first keeps exactly one queue per channel whichever way it went. Then a probe proves
    /// the round trip: subscribed last on the same subscription connection and published through the
    /// interactive one, its arrival means Redis has taken every SUBSCRIBE before it, so the bus is ready.</summary>
    private async Task ResubscribeAllAsync()
    {
        var failuresBefore = Volatile.Read(ref _failures);
        await _redisGate.WaitAsync();
        try
        {
            // Already in sync (a second restore of the same outage, or one of a connection whose failure did not
            // concern the subscriptions): subscribing again would open, per topic, a gap between the UNSUBSCRIBE and
            // the SUBSCRIBE in which a ready bus loses events.
            if (Volatile.Read(ref _disposed) != 0 || IsInSync)
            {
                return;
            }

            var topics = _subscribers.Topics();
            foreach (var topic in topics)
            {
                if (_subscribedOnRedis.Remove(topic, out var stale))
                {
                    await stale.UnsubscribeAsync();
                }

                _subscribedOnRedis[topic] = await SubscribeOnRedisAsync(topic);
            }

            if (await ProbeRoundTripAsync())
            {
                InterlockedMax(ref _syncedAfterFailure, failuresBefore);
                LogResubscribed(topics.Length);
            }
            else
            {
                LogProbeLost();
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogResubscribeFailed(exception);
        }
        finally
        {
            _redisGate.Release();
        }
    }

    private async Task LearnSubscriptionEndPointAsync()
    {
        await _redisGate.WaitAsync();
        try
        {
            await ProbeRoundTripAsync();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogResubscribeFailed(exception);
        }
        finally
        {
            _redisGate.Release();
        }
    }

    /// <summary>Publishes a fresh nonce on this instance's own probe channel and waits for it to come back.</summary>
    private async Task<bool> ProbeRoundTripAsync()
    {
        var nonce = Guid.NewGuid().ToString("N");
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnProbe(RedisChannel _, RedisValue value)
        {
            if (value == nonce)
            {
                arrived.TrySetResult();
            }
        }

        await _redis.SubscribeAsync(_probeChannel, OnProbe);
        try
        {
            await _redis.PublishAsync(_probeChannel, nonce);
            if (await Task.WhenAny(arrived.Task, Task.Delay(ProbeTimeout)) != arrived.Task)
            {
                return false;
            }

            Volatile.Write(ref _subscriptionEndPoint, _redis.SubscribedEndpoint(_probeChannel));
            return true;
        }
        finally
        {
            await _redis.UnsubscribeAsync(_probeChannel, OnProbe);
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (current < value)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private RedisChannel Channel(string topic) => RedisChannel.Literal(_channelPrefix + topic);

    private async Task<ChannelMessageQueue> SubscribeOnRedisAsync(string topic)
    {
        var queue = await _redis.SubscribeAsync(Channel(topic));
        queue.OnMessage(message => OnRedisMessage(message.Channel, message.Message));
        return queue;
    }

    private void OnRedisMessage(RedisChannel channel, RedisValue value)
    {
        var topic = ((string?)channel ?? string.Empty)[_channelPrefix.Length..];
        try
        {
            using var document = JsonDocument.Parse((byte[])value!);
            var root = document.RootElement;
            if (root.GetProperty("origin").GetString() == _origin)
            {
                return;
            }

            var payload = root.GetProperty("payload");
            foreach (var sink in _subscribers.Of(topic))
            {
                // Each subscriber reads the payload as its own type: one that cannot must not cost the others the event.
                try
                {
                    sink.DeliverJson(payload, JsonOptions);
                }
                catch (Exception exception) when (exception is JsonException or NotSupportedException)
                {
                    LogMalformedEvent(exception, topic);
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            LogMalformedEvent(exception, topic);
        }
    }

    private byte[] Envelope<T>(T message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("origin", _origin);
            writer.WritePropertyName("payload");
            JsonSerializer.Serialize(writer, message, JsonOptions);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs args)
    {
        if (Volatile.Read(ref _subscriptionEndPoint) is not { } carrying || Equals(args.EndPoint, carrying))
        {
            Interlocked.Increment(ref _failures);
        }

        LogConnectionFailed(args.Exception, args.ConnectionType, args.FailureType);
    }

    /// <summary>Either connection coming back (with RESP3 pub/sub shares the interactive one) starts a
    /// resubscription; it is idempotent, so two restores in a row cost one extra round of SUBSCRIBEs.</summary>
    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs args)
    {
        LogConnectionRestored(args.ConnectionType);
        _ = ResubscribeAllAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unavailable: event on {Topic} delivered to this instance only")]
    private partial void LogPublishSkipped(string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing an event on {Topic} to Redis failed: delivered to this instance only")]
    private partial void LogPublishFailed(Exception exception, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing to {Topic} on Redis is deferred until the connection is restored")]
    private partial void LogSubscriptionDeferred(Exception exception, string topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed again to {TopicCount} topics on Redis")]
    private partial void LogResubscribed(int topicCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribed again on Redis, but the readiness probe did not come back; the next restore or readiness check retries")]
    private partial void LogProbeLost();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing again after the Redis connection came back failed; the next restore retries")]
    private partial void LogResubscribeFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a malformed event on {Topic}")]
    private partial void LogMalformedEvent(Exception exception, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection ({ConnectionType}) failed: {FailureType}")]
    private partial void LogConnectionFailed(Exception? exception, ConnectionType connectionType, ConnectionFailureType failureType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection ({ConnectionType}) restored")]
    private partial void LogConnectionRestored(ConnectionType connectionType);
}
