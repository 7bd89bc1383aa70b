namespace Sermo.Api.Events;

/// <summary>The subscribers of each topic in this process. Each topic's subscribers are an array replaced (not
/// changed) on add and remove, so a publish delivers to a snapshot without holding the lock.</summary>
internal sealed class TopicSubscribers
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IEventSink[]> _byTopic = new(StringComparer.Ordinal);

    /// <summary>Adds a subscriber; true when it is the topic's first.</summary>
    public bool Add(string topic, IEventSink sink)
    {
        lock (_gate)
        {
            var current = _byTopic.GetValueOrDefault(topic) ?? [];
            _byTopic[topic] = [.. current, sink];
            return current.Length == 0;
        }
    }

    /// <summary>Removes a subscriber; true when the topic has none left.</summary>
    public bool Remove(string topic, IEventSink sink)
    {
        lock (_gate)
        {
            if (!_byTopic.TryGetValue(topic, out var current))
            {
                return true;
            }

            var remaining = Array.FindAll(current, s => !ReferenceEquals(s, sink));
            if (remaining.Length == 0)
            {
                _byTopic.Remove(topic);
                return true;
            }

            _byTopic[topic] = remaining;
            return false;
        }
    }

    public bool HasSubscribers(string topic)
    {
        lock (_gate)
        {
            return _byTopic.ContainsKey(topic);
        }
    }

    public IEventSink[] Of(string topic)
    {
        lock (_gate)
        {
            return _byTopic.GetValueOrDefault(topic) ?? [];
        }
    }

    public string[] Topics()
    {
        lock (_gate)
        {
            return [.. _byTopic.Keys];
        }
    }

    /// <summary>Ends every subscriber's stream and forgets them all.</summary>
    public void CompleteAll()
    {
        IEventSink[][] all;
        lock (_gate)
        {
            all = [.. _byTopic.Values];
            _byTopic.Clear();
        }

        foreach (var sinks in all)
        {
            foreach (var sink in sinks)
            {
                sink.Complete();
            }
        }
    }
}
