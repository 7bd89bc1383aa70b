namespace Sermo.GraphQL.Language;

/// <summary>One growing stack of nodes that the parser reuses for every list it builds: a list's items
/// are pushed above those of the lists that enclose it and popped into an exact-size array when it ends,
/// so no per-list <see cref="List{T}"/> is allocated or resized.</summary>
internal sealed class ListBuffer
{
    [ThreadStatic]
    private static ListBuffer? s_current;

    private object[] _items = new object[64];
    private int _count;

    /// <summary>The buffer of the calling thread; nested parses never run on one thread.</summary>
    public static ListBuffer Current => s_current ??= new ListBuffer();

    /// <summary>Where the list about to be built starts.</summary>
    public int Mark => _count;

    public void Push(object item)
    {
        if (_count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = item;
    }

    /// <summary>Removes the items pushed since <paramref name="mark"/> and returns them in order.</summary>
    public T[] Pop<T>(int mark)
    {
        var length = _count - mark;
        if (length == 0)
            return [];
        var result = new T[length];
        for (var i = 0; i < length; i++)
            result[i] = (T)_items[mark + i];
        Array.Clear(_items, mark, length);
        _count = mark;
        return result;
    }

    /// <summary>Drops whatever a failed parse left behind.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }
}
