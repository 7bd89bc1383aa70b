using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Sermo.GraphQL.Execution;

/// <summary>A composite node of the response being built. Each node knows the slot it fills in its parent, so
/// that a null raised for a non-null position can travel up to the nearest nullable slot (spec 6.4.4) even when
/// the failing field completed asynchronously, long after its parent was placed. Nodes are reused
/// (<see cref="ResultNodePool"/>): <see cref="Place"/> gives a node its position in one response.</summary>
internal abstract class ResultNode
{
    public ResultNode? Parent { get; private set; }
    public int ParentSlot { get; private set; }
    public bool ParentSlotIsNonNull { get; private set; }

    /// <summary>Set once a null replaced this node in its parent: later completions below it are discarded.</summary>
    public bool IsNulled { get; set; }

    protected void Place(ResultNode? parent, int parentSlot, bool parentSlotIsNonNull)
    {
        // Reused nodes usually take the same place again (TakenNodes replays the last request's record): an unchanged reference is not
        // rewritten, which spares the GC's write barrier and keeps the node's cache line clean.
        if (!ReferenceEquals(Parent, parent))
            Parent = parent;
        ParentSlot = parentSlot;
        ParentSlotIsNonNull = parentSlotIsNonNull;
        IsNulled = false;
    }

    public abstract void SetSlot(int slot, object? value);

    /// <summary>The path segment of a slot: a response key for objects, an index for lists.</summary>
    public abstract object SlotKey(int slot);
}

/// <summary>An object of the response: values in response-key order, keys shared with the compiled selection.</summary>
internal sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private SelectionPlan _plan = null!;
    private ResultSlot[] _values = [];
    private int _count;

    /// <summary>An object to be given its place by <see cref="Reset"/> (the pool's way, as for lists).</summary>
    public ResultMap()
    {
    }

    public ResultMap(SelectionPlan plan, ResultNode? parent, int parentSlot, bool parentSlotIsNonNull) =>
        Reset(plan, parent, parentSlot, parentSlotIsNonNull);

    /// <summary>Makes this object (new or reused) a result of <paramref name="plan"/>, keeping the value array of
    /// an earlier use when it is large enough (its old values are all overwritten before anyone reads them).</summary>
    public void Reset(SelectionPlan plan, ResultNode? parent, int parentSlot, bool parentSlotIsNonNull)
    {
        Place(parent, parentSlot, parentSlotIsNonNull);
        if (!ReferenceEquals(_plan, plan))
            _plan = plan;
        _count = plan.Keys.Length;
        if (_values.Length < _count)
            _values = new ResultSlot[_count];
    }

    public int Count => _count;
    public string KeyAt(int index) => _plan.Keys[index];
    public byte[][] KeyPrefixes => _plan.KeyPrefixes;
    public object? ValueAt(int index) => _values[index].Value;

    public override void SetSlot(int slot, object? value) => _values[slot].Set(value);
    public override object SlotKey(int slot) => _plan.Keys[slot];

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Wrapped: the key array is shared by every result of the same selection.</summary>
    public IEnumerable<string> Keys => Array.AsReadOnly(_plan.Keys);
    public IEnumerable<object?> Values => _values.Take(_count).Select(static slot => slot.Value);

    public bool ContainsKey(string key) => Array.IndexOf(_plan.Keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_plan.Keys, key);
        if (index < 0)
        {
            value = null;
            return false;
        }
        value = _values[index].Value;
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
            yield return new KeyValuePair<string, object?>(_plan.Keys[i], _values[i].Value);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list of the response, sized up front when the source collection says how large it is.</summary>
internal sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private ResultSlot[] _items = [];

    /// <summary>Makes this list (new or reused) empty, with room for <paramref name="capacity"/> items.</summary>
    public void Reset(int capacity, ResultNode parent, int parentSlot, bool parentSlotIsNonNull)
    {
        Place(parent, parentSlot, parentSlotIsNonNull);
        Count = 0;
        if (_items.Length < capacity)
            _items = new ResultSlot[capacity];
    }

    public int Count { get; private set; }

    public object? this[int index] => (uint)index < (uint)Count ? _items[index].Value : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Reserves the next slot and returns its index; completing the item writes the slot (a reused list may
    /// hold an earlier value there until then, which nothing reads).</summary>
    public int AddSlot()
    {
        if (Count == _items.Length)
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        return Count++;
    }

    public override void SetSlot(int slot, object? value) => _items[slot].Set(value);
    public override object SlotKey(int slot) => slot;

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return _items[i].Value;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>One value of a result node. Wrapped in a struct because storing into an <c>object[]</c> checks the
/// array's element type on every write (arrays are covariant); a struct array needs no such check.</summary>
internal struct ResultSlot
{
    public object? Value;

    /// <summary>A reused node often receives the very value it held for the previous response of the same shape (the
    /// same data string, the same pooled child node): that one is not written again, sparing the write barrier.</summary>
    public void Set(object? value)
    {
        if (!ReferenceEquals(Value, value))
            Value = value;
    }
}
