using System.Runtime.CompilerServices;

namespace Sermo.Api.Events;

/// <summary>Turns bus subscriptions into subscription fields' source streams.</summary>
public static class EventSourceStreams
{
    /// <summary>Subscribes now (so no event published after the subscribe message is missed) and returns the
    /// events as a source stream; the bus subscription ends when the GraphQL subscription does.</summary>
    public static async ValueTask<IAsyncEnumerable<object?>> SubscribeSourceStreamAsync<T>(
        this IEventBus bus, string topic, CancellationToken cancellationToken)
    {
        var subscription = await bus.SubscribeAsync<T>(topic, cancellationToken);
        return Read(subscription, cancellationToken);
    }

    private static async IAsyncEnumerable<object?> Read<T>(
        EventSubscription<T> subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (subscription)
        {
            await foreach (var message in subscription.WithCancellation(cancellationToken))
            {
                yield return message;
            }
        }
    }
}
