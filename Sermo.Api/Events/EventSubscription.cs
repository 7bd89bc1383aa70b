using System.Text.Json;
using System.Threading.Channels;

namespace Sermo.Api.Events;

/// <summary>One subscriber's view of a topic: a bounded buffer of events read as an async stream.
/// When the buffer is full the oldest event is dropped (counted in <see cref="DroppedCount"/>), so a
/// stalled reader costs only its own events. Disposing stops delivery and ends the stream.</summary>
public sealed class EventSubscription<T> : IAsyncEnumerable<T>, IAsyncDisposable, IEventSink
{
    private readonly Channel<T> _buffer;
    private readonly Func<EventSubscription<T>, ValueTask> _unsubscribe;
    private long _dropped;
    private int _disposed;

    internal EventSubscription(string topic, int capacity, Func<EventSubscription<T>, ValueTask> unsubscribe)
    {
        Topic = topic;
        _unsubscribe = unsubscribe;
        _buffer = Channel.CreateBounded<T>(
            new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
                SingleWriter = false,
            },
            _ => Interlocked.Increment(ref _dropped));
    }

    public string Topic { get; }

    /// <summary>Events this subscriber lost because it read too slowly.</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        _buffer.Reader.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _buffer.Writer.TryComplete();
        await _unsubscribe(this);
    }

    void IEventSink.Deliver(object? message)
    {
        if (message is T typed)
        {
            _buffer.Writer.TryWrite(typed);
        }
    }

    void IEventSink.DeliverJson(JsonElement payload, JsonSerializerOptions options)
    {
        var typed = payload.Deserialize<T>(options);
        if (typed is not null)
        {
            _buffer.Writer.TryWrite(typed);
        }
    }

    void IEventSink.Complete() => _buffer.Writer.TryComplete();
}

/// <summary>What a bus delivers to, whatever the subscriber's event type.</summary>
internal interface IEventSink
{
    /// <summary>An event published in this process, handed over as it is.</summary>
    void Deliver(object? message);

    /// <summary>An event that crossed a process boundary as JSON; throws <see cref="JsonException"/> when
    /// it does not fit the subscriber's type.</summary>
    void DeliverJson(JsonElement payload, JsonSerializerOptions options);

    /// <summary>The bus is stopping: end the subscriber's stream.</summary>
    void Complete();
}
