using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Sermo.GraphQL.Types;

/// <summary>Something in the type system that has a name unique among its siblings.</summary>
public interface INamed
{
    string Name { get; }
}

/// <summary>Fields, arguments, input fields or enum values: in definition order, and found by name.</summary>
public sealed class NamedCollection<T> : IReadOnlyList<T> where T : class, INamed
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public int Count => _items.Count;
    public T this[int index] => _items[index];

    public T? this[string name] => _byName.GetValueOrDefault(name);

    public bool TryGet(string name, [NotNullWhen(true)] out T? item) => _byName.TryGetValue(name, out item);

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>Adds an item; a second item of the same name is refused (the schema validator reports duplicates from the syntax).</summary>
    internal bool TryAdd(T item)
    {
        if (!_byName.TryAdd(item.Name, item))
            return false;
        _items.Add(item);
        return true;
    }

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
