using Microsoft.Extensions.Options;
using Sermo.Api.Events;

namespace Sermo.Tests.Events;

public sealed class InProcessEventBusTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private sealed record TallyChanged(string PollId, int Votes);

    private static InProcessEventBus NewBus(int capacity = 16) =>
        new(Options.Create(new EventBusOptions { SubscriberBufferCapacity = capacity }));

    [Fact]
    public async Task A_subscriber_receives_events_of_its_topic_only()
    {
        using var bus = NewBus();
        await using var poll1 = await bus.SubscribeAsync<TallyChanged>(EventTopic.For("TallyChanged", "1"));
        await using var poll2 = await bus.SubscribeAsync<TallyChanged>(EventTopic.For("TallyChanged", "2"));

        await bus.PublishAsync(EventTopic.For("TallyChanged", "1"), new TallyChanged("1", 5));
        await bus.PublishAsync(EventTopic.For("TallyChanged", "2"), new TallyChanged("2", 7));

        var reader1 = poll1.GetAsyncEnumerator();
        var reader2 = poll2.GetAsyncEnumerator();
        Assert.True(await reader1.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(new TallyChanged("1", 5), reader1.Current);
        Assert.True(await reader2.MoveNextAsync().AsTask().WaitAsync(Timeout));
        Assert.Equal(new TallyChanged("2", 7), reader2.Current);
    }

    [Fact]
    public async Task Every_subscriber_of_a_topic_gets_every_event_in_order()
    {
        using var bus = NewBus();
        var topic = EventTopic.For("TallyChanged", "9");
        await using var first = await bus.SubscribeAsync<TallyChanged>(topic);
        await using var second = await bus.SubscribeAsync<TallyChanged>(topic);

        for (var votes = 1; votes <= 3; votes++)
        {
            await bus.PublishAsync(topic, new TallyChanged("9", votes));
        }

        bus.Dispose(); // ends every stream, so what was buffered can be read to the end
        Assert.Equal([1, 2, 3], (await first.ToListAsync()).Select(e => e.Votes));
        Assert.Equal([1, 2, 3], (await second.ToListAsync()).Select(e => e.Votes));
    }

    [Fact]
    public async Task A_full_buffer_drops_the_oldest_events_and_counts_them()
    {
        using var bus = NewBus(capacity: 3);
        var topic = EventTopic.For("TallyChanged", "slow");
        await using var slow = await bus.SubscribeAsync<TallyChanged>(topic);

        for (var votes = 1; votes <= 5; votes++)
        {
            await bus.PublishAsync(topic, new TallyChanged("slow", votes));
        }

        Assert.Equal(2, slow.DroppedCount);
        bus.Dispose(); // ends every stream, so what was buffered can be read to the end
        Assert.Equal([3, 4, 5], (await slow.ToListAsync()).Select(e => e.Votes));
    }

    [Fact]
    public async Task A_disposed_subscription_ends_its_stream_and_receives_nothing_more()
    {
        using var bus = NewBus();
        var topic = EventTopic.For("TallyChanged", "gone");
        var subscription = await bus.SubscribeAsync<TallyChanged>(topic);
        await using var other = await bus.SubscribeAsync<TallyChanged>(topic);

        await subscription.DisposeAsync();
        await bus.PublishAsync(topic, new TallyChanged("gone", 1));

        Assert.Empty(await subscription.ToListAsync().AsTask().WaitAsync(Timeout));
        var reader = other.GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync().AsTask().WaitAsync(Timeout));
    }

    [Fact]
    public void Topic_names_join_kind_and_key_and_refuse_ambiguous_kinds()
    {
        Assert.Equal("PollTallyChanged:42", EventTopic.For("PollTallyChanged", "42"));
        Assert.Throws<ArgumentException>(() => EventTopic.For("Poll:Tally", "42"));
        Assert.Throws<ArgumentException>(() => EventTopic.For("PollTallyChanged", ""));
    }
}
