namespace Sermo.GraphQL.Relay;

/// <summary>The Relay <c>PageInfo</c>: whether more items lie beyond either end of the page, and the cursors of
/// its first and last edges (null for an empty page). Made from the edges, it reads their cursors only when
/// <see cref="StartCursor"/> or <see cref="EndCursor"/> is read, so an edge's cursor is sealed only if selected.</summary>
public sealed class PageInfo
{
    private readonly string? _startCursor;
    private readonly string? _endCursor;
    private readonly IEdgeCursor? _first;
    private readonly IEdgeCursor? _last;

    public PageInfo(bool hasNextPage, bool hasPreviousPage, string? startCursor, string? endCursor)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _startCursor = startCursor;
        _endCursor = endCursor;
    }

    private PageInfo(bool hasNextPage, bool hasPreviousPage, IEdgeCursor? first, IEdgeCursor? last)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _first = first;
        _last = last;
    }

    /// <summary>The page info of <paramref name="edges"/>, whose start and end cursors are those of its first and last edge.</summary>
    public static PageInfo Of<T>(bool hasNextPage, bool hasPreviousPage, IReadOnlyList<Edge<T>> edges) =>
        edges.Count == 0
            ? new PageInfo(hasNextPage, hasPreviousPage, startCursor: null, endCursor: null)
            : new PageInfo(hasNextPage, hasPreviousPage, edges[0], edges[^1]);

    public bool HasNextPage { get; }

    public bool HasPreviousPage { get; }

    public string? StartCursor => _first is null ? _startCursor : _first.Cursor;

    public string? EndCursor => _last is null ? _endCursor : _last.Cursor;
}
