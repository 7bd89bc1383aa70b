namespace Sermo.GraphQL.Relay;

/// <summary>Pages a list already in memory (small, bounded lists; use keyset paging over a query for tables):
/// cursors seal the item's offset, when they are read.</summary>
public static class ListConnection
{
    private const string Ordering = "offset";

    public static Connection<T> Create<T>(IReadOnlyList<T> items, PageRequest page, CursorCodec cursors)
    {
        // The window the cursors leave, then the page at the requested end of it (the spec's algorithm).
        var start = page.After is null ? 0 : Offset(page.After, cursors) + 1;
        var end = page.Before is null ? items.Count : Offset(page.Before, cursors);
        start = Math.Clamp(start, 0, items.Count);
        end = Math.Clamp(end, start, items.Count);
        int from, to;
        if (page.Direction == PageDirection.Forward)
        {
            from = start;
            to = Math.Min(end, start + page.Size);
        }
        else
        {
            to = end;
            from = Math.Max(start, end - page.Size);
        }
        var edges = new Edge<T>[to - from];
        for (var i = from; i < to; i++)
            edges[i - from] = new Edge<T>(items[i], cursors, Ordering, [i]);
        var info = PageInfo.Of(
            hasNextPage: page.Direction == PageDirection.Forward ? to < end : page.Before is not null && end < items.Count,
            hasPreviousPage: page.Direction == PageDirection.Backward ? from > start : page.After is not null && start > 0,
            edges);
        return new Connection<T>(edges, info, _ => ValueTask.FromResult(items.Count));
    }

    private static int Offset(string cursor, CursorCodec cursors) =>
        cursors.Decode(cursor, Ordering, 1) is [int offset] && offset >= 0
            ? offset
            : throw new InvalidIdException("The cursor is not valid for this list.", RelayErrorCodes.InvalidCursor);
}
