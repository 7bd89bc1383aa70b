using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Sermo.GraphQL.Execution;

/// <summary>A composite node of the response being built. Each node knows the slot it fills in its parent, so
/// that a null raised for a non-null position can travel up to the nearest nullable slot (spec 6.4.4) even when
/// the failing field completed asynchronously, long after its parent was placed. Nodes are reused
/// (<see cref="ResultNodePool"/>): <see cref="Place"/> gives a node its position in one response, and the record it was
/// taken through (<see cref="TakenNodes"/>) clears its values when that response is disposed.</summary>
internal abstract class ResultNode
{
    /// <summary>The record this node was taken through, and the record's generation then: once the response is
    /// disposed the generation moves on, and the node refuses to be read through its public interface.</summary>
    private TakenNodes? _owner;
    private int _ownerGeneration;

    public ResultNode? Parent { get; private set; }
    public int ParentSlot { get; private set; }
    public bool ParentSlotIsNonNull { get; private set; }

    /// <summary>Set once a null replaced this node in its parent: later completions below it are discarded.</summary>
    public bool IsNulled { get; set; }

    protected void Place(TakenNodes? owner, ResultNode? parent, int parentSlot, bool parentSlotIsNonNull)
    {
        // Reused nodes usually take the same place again (TakenNodes replays the last request's record): an unchanged reference is not
        // rewritten, which spares the GC's write barrier and keeps the node's cache line clean.
        if (!ReferenceEquals(_owner, owner))
            _owner = owner;
        _ownerGeneration = owner?.Generation ?? 0;
        if (!ReferenceEquals(Parent, parent))
            Parent = parent;
        ParentSlot = parentSlot;
        ParentSlotIsNonNull = parentSlotIsNonNull;
        IsNulled = false;
    }

    /// <summary>Forgets every value this use wrote (the response was disposed): nothing of one caller's data stays in
    /// a node waiting for the next caller.</summary>
    public abstract void ClearValues();

    /// <summary>Whether any slot of the node's storage, used or not, still holds a value (tests check that a pooled
    /// node keeps nothing of an earlier response).</summary>
    internal abstract bool HoldsAnyValue { get; }

    /// <summary>Guards the public (dictionary and list) reads: a node of a disposed response fails loudly instead of
    /// answering with cleared values. Only until the pool hands the node to another response: from then on a reference
    /// kept past dispose reads that response (closing this would take a wrapper per node). No transport keeps one;
    /// in-process callers must not read a result after disposing it.</summary>
    protected void EnsureReadable()
    {
        if (_owner is { } owner && owner.Generation != _ownerGeneration)
            throw new ObjectDisposedException(GetType().Name, "This part of a GraphQL result was read after the result was disposed; its nodes are reused for other responses.");
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

    /// <summary>An object outside the pool (a subscription's root for its source stream).</summary>
    public ResultMap(SelectionPlan plan, ResultNode? parent, int parentSlot, bool parentSlotIsNonNull) =>
        Reset(null, plan, parent, parentSlot, parentSlotIsNonNull);

    /// <summary>Makes this object (new or reused, its values cleared) a result of <paramref name="plan"/>, keeping
    /// the value array of an earlier use when it is large enough.</summary>
    public void Reset(TakenNodes? owner, SelectionPlan plan, ResultNode? parent, int parentSlot, bool parentSlotIsNonNull)
    {
        Place(owner, parent, parentSlot, parentSlotIsNonNull);
        if (!ReferenceEquals(_plan, plan))
            _plan = plan;
        _count = plan.Keys.Length;
        if (_values.Length < _count)
            _values = new ResultSlot[_count];
    }

    /// <summary>The engine's own reads (the result writers, while the response is alive) go unchecked:
    /// <see cref="FieldCount"/>, <see cref="KeyAt"/>, <see cref="ValueAt"/>.</summary>
    public int FieldCount => _count;
    public string KeyAt(int index) => _plan.Keys[index];
    public byte[][] KeyPrefixes => _plan.KeyPrefixes;
    public object? ValueAt(int index) => _values[index].Value;

    public override void SetSlot(int slot, object? value) => _values[slot].Set(value);
    public override object SlotKey(int slot) => _plan.Keys[slot];

    public override void ClearValues() => Array.Clear(_values, 0, _count);

    internal override bool HoldsAnyValue => _values.Any(static slot => slot.Value is not null);

    public int Count
    {
        get
        {
            EnsureReadable();
            return _count;
        }
    }

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Wrapped: the key array is shared by every result of the same selection.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            EnsureReadable();
            return Array.AsReadOnly(_plan.Keys);
        }
    }

    public IEnumerable<object?> Values
    {
        get
        {
            EnsureReadable();
            return this.Select(static pair => pair.Value);
        }
    }

    public bool ContainsKey(string key)
    {
        EnsureReadable();
        return Array.IndexOf(_plan.Keys, key) >= 0;
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        EnsureReadable();
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
        EnsureReadable();
        return Enumerate();
    }

    private IEnumerator<KeyValuePair<string, object?>> Enumerate()
    {
        for (var i = 0; i < _count; i++)
        {
            EnsureReadable();
            yield return new KeyValuePair<string, object?>(_plan.Keys[i], _values[i].Value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list of the response, sized up front when the source collection says how large it is.</summary>
internal sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private ResultSlot[] _items = [];

    /// <summary>Makes this list (new or reused, its values cleared) empty, with room for <paramref name="capacity"/> items.</summary>
    public void Reset(TakenNodes owner, int capacity, ResultNode parent, int parentSlot, bool parentSlotIsNonNull)
    {
        Place(owner, parent, parentSlot, parentSlotIsNonNull);
        _count = 0;
        if (_items.Length < capacity)
            _items = new ResultSlot[capacity];
    }

    private int _count;

    /// <summary>The engine's own reads (the result writers, while the response is alive) go unchecked:
    /// <see cref="ItemCount"/>, <see cref="ItemAt"/>.</summary>
    public int ItemCount => _count;
    public object? ItemAt(int index) => _items[index].Value;

    public int Count
    {
        get
        {
            EnsureReadable();
            return _count;
        }
    }

    public object? this[int index]
    {
        get
        {
            EnsureReadable();
            return (uint)index < (uint)_count ? _items[index].Value : throw new ArgumentOutOfRangeException(nameof(index));
        }
    }

    /// <summary>Reserves the next slot and returns its index; completing the item writes the slot.</summary>
    public int AddSlot()
    {
        if (_count == _items.Length)
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        return _count++;
    }

    public override void SetSlot(int slot, object? value) => _items[slot].Set(value);
    public override object SlotKey(int slot) => slot;

    public override void ClearValues()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    internal override bool HoldsAnyValue => _items.Any(static slot => slot.Value is not null);

    public IEnumerator<object?> GetEnumerator()
    {
        EnsureReadable();
        return Enumerate();
    }

    private IEnumerator<object?> Enumerate()
    {
        for (var i = 0; i < _count; i++)
        {
            EnsureReadable();
            yield return _items[i].Value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>One value of a result node. Wrapped in a struct because storing into an <c>object[]</c> checks the
/// array's element type on every write (arrays are covariant); a struct array needs no such check.</summary>
internal struct ResultSlot
{
    public object? Value;

    /// <summary>An unchanged reference is not written again, sparing the write barrier: slots start cleared, so a null
    /// value costs no store.</summary>
    public void Set(object? value)
    {
        if (!ReferenceEquals(Value, value))
            Value = value;
    }
}
