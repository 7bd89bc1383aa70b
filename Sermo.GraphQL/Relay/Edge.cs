namespace Sermo.GraphQL.Relay;

/// <summary>An item of a connection page and the cursor that pages from it. A cursor given as the item's position
/// is sealed the first time it is read, so a query that selects only <c>nodes</c> (or no cursor) seals none; once
/// sealed it is kept, so every reader sees the same string.</summary>
public sealed class Edge<T> : IEdgeCursor
{
    private readonly CursorCodec? _codec;
    private readonly string? _ordering;
    private readonly object?[]? _position;
    private string? _cursor;

    /// <summary>An edge whose cursor is already made.</summary>
    public Edge(string cursor, T node)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        _cursor = cursor;
        Node = node;
    }

    /// <summary>An edge whose cursor <paramref name="codec"/> seals from <paramref name="position"/> (the item's sort
    /// key values, or its offset) for <paramref name="ordering"/> when it is first read.</summary>
    public Edge(T node, CursorCodec codec, string ordering, object?[] position)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(ordering);
        ArgumentNullException.ThrowIfNull(position);
        _codec = codec;
        _ordering = ordering;
        _position = position;
        Node = node;
    }

    private Edge(CursorCodec? codec, string? ordering, object?[]? position, string? cursor, T node)
    {
        _codec = codec;
        _ordering = ordering;
        _position = position;
        _cursor = cursor;
        Node = node;
    }

    public string Cursor => Volatile.Read(ref _cursor) ?? Seal();

    public T Node { get; }

    /// <summary>The same cursor (sealed or not yet) with another node: <paramref name="map"/> of this one.</summary>
    public Edge<TResult> Select<TResult>(Func<T, TResult> map) =>
        new(_codec, _ordering, _position, Volatile.Read(ref _cursor), map(Node));

    private string Seal()
    {
        var cursor = _codec!.Encode(_ordering!, _position);
        return Interlocked.CompareExchange(ref _cursor, cursor, null) ?? cursor;
    }
}
