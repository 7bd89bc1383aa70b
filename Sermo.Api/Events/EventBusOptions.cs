using System.ComponentModel.DataAnnotations;

namespace Sermo.Api.Events;

/// <summary>Which transport carries events and how much each subscriber may fall behind.
/// Bound from the <c>EventBus</c> configuration section.</summary>
public sealed class EventBusOptions
{
    public const string SectionName = "EventBus";

    /// <summary><see cref="EventBusProvider.InProcess"/> for one instance; <see cref="EventBusProvider.Redis"/>
    /// (with <c>Redis:Configuration</c>) so that several instances share events.</summary>
    public EventBusProvider Provider { get; set; } = EventBusProvider.InProcess;

    /// <summary>Events buffered per subscriber; when a slow subscriber's buffer is full its oldest
    /// event is dropped, so one stalled client never holds back publishers or other subscribers.</summary>
    [Range(1, 100_000)]
    public int SubscriberBufferCapacity { get; set; } = 256;
}

public enum EventBusProvider
{
    InProcess,
    Redis,
}
