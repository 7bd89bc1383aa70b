namespace Sermo.GraphQL.Execution;

/// <summary>A stack of references held in struct slots. <see cref="Stack{T}"/> and <see cref="List{T}"/> store into
/// a <c>T[]</c> from code shared by every reference type, so each push checks the array's element type (arrays are
/// covariant); a struct array needs no such check. The executor records the result nodes of every request in one.</summary>
internal sealed class ReferenceStack<T>(int capacity) where T : class
{
    private Slot[] _slots = new Slot[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public T this[int index] => (uint)index < (uint)Count ? _slots[index].Item : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Puts <paramref name="item"/> at <paramref name="index"/> (below the count); an unchanged reference is
    /// not rewritten.</summary>
    public void Replace(int index, T item)
    {
        if ((uint)index >= (uint)Count)
            throw new ArgumentOutOfRangeException(nameof(index));
        ref var slot = ref _slots[index];
        if (!ReferenceEquals(slot.Item, item))
            slot.Item = item;
    }

    public void Push(T item)
    {
        if (Count == _slots.Length)
            Array.Resize(ref _slots, _slots.Length * 2);
        _slots[Count++].Item = item;
    }

    public T Pop()
    {
        if (Count == 0)
            throw new InvalidOperationException("The stack is empty.");
        ref var slot = ref _slots[--Count];
        var item = slot.Item;
        slot.Item = null!;
        return item;
    }

    private struct Slot
    {
        public T Item;
    }
}
