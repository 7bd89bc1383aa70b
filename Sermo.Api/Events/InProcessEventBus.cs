using Microsoft.Extensions.Options;

namespace Sermo.Api.Events;

/// <summary>The default bus: events reach the subscribers of this process only.</summary>
public sealed class InProcessEventBus(IOptions<EventBusOptions> options) : IEventBus, IDisposable
{
    private readonly TopicSubscribers _subscribers = new();
    private readonly int _capacity = options.Value.SubscriberBufferCapacity;

    public ValueTask PublishAsync<T>(string topic, T message, CancellationToken cancellationToken = default)
    {
        foreach (var sink in _subscribers.Of(topic))
        {
            sink.Deliver(message);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<EventSubscription<T>> SubscribeAsync<T>(string topic, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var subscription = new EventSubscription<T>(topic, _capacity, Unsubscribe);
        _subscribers.Add(topic, subscription);
        return ValueTask.FromResult(subscription);
    }

    public void Dispose() => _subscribers.CompleteAll();

    private ValueTask Unsubscribe<T>(EventSubscription<T> subscription)
    {
        _subscribers.Remove(subscription.Topic, subscription);
        return ValueTask.CompletedTask;
    }
}
