using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Sermo.Api.Events;

/// <summary>Shares events between server instances through Redis pub/sub: one Redis channel per topic,
/// subscribed while this process has a subscriber to it and unsubscribed when the last one leaves (no
/// leaked channels). Events travel as JSON in an envelope naming the publishing process, which delivers
/// to its own subscribers directly and ignores its own echo, so local subscribers keep receiving while
/// Redis is away. Redis going away never fails a publisher; when the connection comes back every live
/// topic is subscribed again.</summary>
public sealed partial class RedisEventBus : IEventBus, IAsyncDisposable
{
    /// <summary>Prefix of every channel this bus uses, so other users of the same Redis are not disturbed.</summary>
    public const string ChannelPrefix = "sermo:events:";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly TopicSubscribers _subscribers = new();
    private readonly HashSet<string> _subscribedOnRedis = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _redisGate = new(1, 1);
    private readonly int _capacity;
    private readonly ConnectionMultiplexer _connection;
    private readonly ISubscriber _redis;
    private readonly ILogger<RedisEventBus> _logger;
    private readonly Action<RedisChannel, RedisValue> _onMessage;

    public RedisEventBus(IOptions<EventBusOptions> options, IOptions<RedisEventBusOptions> redisOptions, ILogger<RedisEventBus> logger)
    {
        _capacity = options.Value.SubscriberBufferCapacity;
        _logger = logger;
        _onMessage = OnRedisMessage;

        var configuration = ConfigurationOptions.Parse(redisOptions.Value.Configuration);
        // Start (and keep retrying) even while Redis is down: events are an enhancement, not a dependency
        // that may stop the API from serving queries and mutations.
        configuration.AbortOnConnectFail = false;
        _connection = ConnectionMultiplexer.Connect(configuration);
        _connection.ConnectionFailed += OnConnectionFailed;
        _connection.ConnectionRestored += OnConnectionRestored;
        _redis = _connection.GetSubscriber();
    }

    /// <summary>Whether the connection to Redis is currently up.</summary>
    public bool IsConnected => _connection.IsConnected;

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
            await _redis.PublishAsync(ChannelPrefix + topic, Envelope(message)).WaitAsync(cancellationToken);
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
        _subscribers.CompleteAll();
        _connection.ConnectionFailed -= OnConnectionFailed;
        _connection.ConnectionRestored -= OnConnectionRestored;
        await _connection.CloseAsync(allowCommandsToComplete: false);
        _connection.Dispose();
        _redisGate.Dispose();
    }

    private async ValueTask Unsubscribe<T>(EventSubscription<T> subscription)
    {
        if (_subscribers.Remove(subscription.Topic, subscription))
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
            var wanted = _subscribers.HasSubscribers(topic);
            var subscribed = _subscribedOnRedis.Contains(topic);
            if (wanted && !subscribed)
            {
                await _redis.SubscribeAsync(ChannelPrefix + topic, _onMessage);
                _subscribedOnRedis.Add(topic);
            }
            else if (!wanted && subscribed)
            {
                _subscribedOnRedis.Remove(topic);
                await _redis.UnsubscribeAsync(ChannelPrefix + topic, _onMessage);
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Not subscribed on Redis now; the restore handler subscribes every live topic again.
            LogSubscriptionDeferred(exception, topic);
        }
        finally
        {
            _redisGate.Release();
        }
    }

    /// <summary>After an outage, Redis has forgotten this connection's channels. The client library
    /// re-sends them in most cases, not all, so every live topic is subscribed again here; unsubscribing
    /// the handler first keeps exactly one handler per channel whichever way it went.</summary>
    private async Task ResubscribeAllAsync()
    {
        await _redisGate.WaitAsync();
        try
        {
            var topics = _subscribers.Topics();
            foreach (var topic in topics)
            {
                var channel = new RedisChannel(ChannelPrefix + topic, RedisChannel.PatternMode.Literal);
                await _redis.UnsubscribeAsync(channel, _onMessage);
                await _redis.SubscribeAsync(channel, _onMessage);
                _subscribedOnRedis.Add(topic);
            }

            LogResubscribed(topics.Length);
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

    private void OnRedisMessage(RedisChannel channel, RedisValue value)
    {
        var topic = ((string?)channel ?? string.Empty)[ChannelPrefix.Length..];
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
                sink.DeliverJson(payload, JsonOptions);
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

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs args) =>
        LogConnectionFailed(args.Exception, args.ConnectionType, args.FailureType);

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs args)
    {
        LogConnectionRestored(args.ConnectionType);
        if (args.ConnectionType == ConnectionType.Subscription)
        {
            _ = ResubscribeAllAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unavailable: event on {Topic} delivered to this instance only")]
    private partial void LogPublishSkipped(string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing an event on {Topic} to Redis failed: delivered to this instance only")]
    private partial void LogPublishFailed(Exception exception, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing to {Topic} on Redis is deferred until the connection is restored")]
    private partial void LogSubscriptionDeferred(Exception exception, string topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed again to {TopicCount} topics on Redis")]
    private partial void LogResubscribed(int topicCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing again after the Redis connection came back failed; the next restore retries")]
    private partial void LogResubscribeFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a malformed event on {Topic}")]
    private partial void LogMalformedEvent(Exception exception, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection ({ConnectionType}) failed: {FailureType}")]
    private partial void LogConnectionFailed(Exception? exception, ConnectionType connectionType, ConnectionFailureType failureType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection ({ConnectionType}) restored")]
    private partial void LogConnectionRestored(ConnectionType connectionType);
}
