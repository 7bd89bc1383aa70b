namespace Sermo.Api.Events;

/// <summary>Builds topic names: one topic per event kind and key (for example <c>PollTallyChanged:42</c>),
/// so that subscribers to one poll never receive another poll's events.</summary>
public static class EventTopic
{
    public static string For(string kind, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (kind.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("An event kind may not contain ':', which separates it from the key.", nameof(kind));
        }

        return kind + ":" + key;
    }
}
