namespace Sermo.GraphQL.Relay;

/// <summary>One page of a Relay connection: <c>edges { cursor node }</c>, <c>nodes</c> (the same items without
/// cursors), <c>pageInfo</c>, and optionally <c>totalCount</c>, computed only when a query selects it.</summary>
public sealed class Connection<T> : IConnection
{
    private readonly Func<CancellationToken, ValueTask<int>>? _count;

    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, ValueTask<int>>? count = null)
    {
        Edges = edges;
        PageInfo = pageInfo;
        _count = count;
        var nodes = new T[edges.Count];
        for (var i = 0; i < nodes.Length; i++)
            nodes[i] = edges[i].Node;
        Nodes = nodes;
    }

    public IReadOnlyList<Edge<T>> Edges { get; }

    public IReadOnlyList<T> Nodes { get; }

    public PageInfo PageInfo { get; }

    public bool HasTotalCount => _count is not null;

    public async ValueTask<int?> CountAsync(CancellationToken cancellationToken) =>
        _count is null ? null : await _count(cancellationToken).ConfigureAwait(false);

    /// <summary>The same page with its items mapped (entities to DTOs), cursors unchanged (and still sealed only when read).</summary>
    public Connection<TResult> Select<TResult>(Func<T, TResult> map)
    {
        var edges = new Edge<TResult>[Edges.Count];
        for (var i = 0; i < edges.Length; i++)
            edges[i] = Edges[i].Select(map);
        return new Connection<TResult>(edges, PageInfo.Of(PageInfo.HasNextPage, PageInfo.HasPreviousPage, edges), _count);
    }
}
