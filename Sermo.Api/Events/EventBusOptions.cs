using System.ComponentModel.DataAnnotations;

namespace Sermo.Api.Events;

/// <summary>How much each subscriber may fall behind. Bound from the <c>EventBus</c> configuration section;
/// which transport carries events follows from <c>Redis:Configuration</c> (see <see cref="RedisEventBusOptions"/>).</summary>
public sealed class EventBusOptions
{
    public const string SectionName = "EventBus";

    /// <summary>Events buffered per subscriber; when a slow subscriber's buffer is full its oldest
    /// event is dropped, so one stalled client never holds back publishers or other subscribers.</summary>
    [Range(1, 100_000)]
    public int SubscriberBufferCapacity { get; set; } = 256;
}
