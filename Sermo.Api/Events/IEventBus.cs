namespace Sermo.Api.Events;

/// <summary>Publishes typed events on topics and hands each subscriber its own bounded stream of them.
/// A topic names one event kind and one key (see <see cref="EventTopic"/>), so a subscriber only
/// receives the events it asked for.</summary>
public interface IEventBus
{
    /// <summary>Delivers <paramref name="message"/> to every current subscriber of <paramref name="topic"/>.
    /// Never fails because a transport is unavailable: an event published while it is away is lost
    /// for remote subscribers, not for the publisher's request.</summary>
    ValueTask PublishAsync<T>(string topic, T message, CancellationToken cancellationToken = default);

    /// <summary>Starts receiving <paramref name="topic"/>'s events. Events published after this returns
    /// are delivered (in order per publisher) until the subscription is disposed or the bus stops.</summary>
    ValueTask<EventSubscription<T>> SubscribeAsync<T>(string topic, CancellationToken cancellationToken = default);
}
