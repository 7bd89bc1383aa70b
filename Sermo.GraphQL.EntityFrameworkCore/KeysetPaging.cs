using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.Relay;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>Keyset (cursor) paging of an EF Core query into a Relay <see cref="Connection{T}"/>: the page is
/// <c>WHERE (a &gt; x OR (a = x AND id &gt; y)) ORDER BY a, id LIMIT size + 1</c> in SQL, so a page costs the same
/// wherever it lies, and rows inserted or deleted meanwhile shift no item onto two pages. Cursors seal the sort
/// key values with <see cref="CursorCodec"/> (when a query reads them) and name the ordering; a cursor of another
/// ordering is refused.
/// <code>
/// var page = new PagingArguments(first, after, last, before).Validate(options);
/// Connection&lt;Case&gt; cases = await db.Cases.AsNoTracking().Where(...)
///     .ToConnectionAsync(sort, orderBy, page, cursors, cancellationToken: ct);
/// </code></summary>
public static class KeysetPaging
{
    public static Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> query,
        SortDefinition<T> sort,
        IReadOnlyList<SortField>? order,
        PageRequest page,
        CursorCodec cursors,
        bool includeTotalCount = false,
        CancellationToken cancellationToken = default) =>
        query.ToConnectionAsync(sort, order, page, cursors, item => item, includeTotalCount, cancellationToken);

    /// <param name="projection">What each item becomes (a Select EF translates: only its columns are read).</param>
    /// <param name="includeTotalCount">Also count the query's items (one more SQL command): only when a query selects <c>totalCount</c>.</param>
    public static async Task<Connection<TResult>> ToConnectionAsync<T, TResult>(
        this IQueryable<T> query,
        SortDefinition<T> sort,
        IReadOnlyList<SortField>? order,
        PageRequest page,
        CursorCodec cursors,
        Expression<Func<T, TResult>> projection,
        bool includeTotalCount = false,
        CancellationToken cancellationToken = default)
    {
        var keys = sort.Resolve(order);
        var ordering = sort.OrderingName(keys);
        var backward = page.Direction == PageDirection.Backward;
        var ordered = Ordered(Window(query, keys, ordering, page, cursors), keys, backward);

        // One row more than the page tells whether more lie beyond it.
        var rows = await ordered.Take(page.Size + 1).Select(RowOf(projection, keys)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var connection = PageOf(rows, page, cursors, ordering);
        if (!includeTotalCount)
            return connection;
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        return new Connection<TResult>(connection.Edges, connection.PageInfo, _ => ValueTask.FromResult(total));
    }

    /// <summary>The items the page's cursors leave: after <c>after</c> and before <c>before</c> in the ordering.</summary>
    internal static IQueryable<T> Window<T>(IQueryable<T> query, IReadOnlyList<SortKey<T>> keys, string ordering, PageRequest page, CursorCodec cursors)
    {
        var window = query;
        if (page.After is not null)
            window = window.Where(KeysetPredicate.Beyond(keys, Decode(cursors, page.After, ordering, keys), forward: true));
        if (page.Before is not null)
            window = window.Where(KeysetPredicate.Beyond(keys, Decode(cursors, page.Before, ordering, keys), forward: false));
        return window;
    }

    /// <summary>The query in the order the page reads it: the ordering, or its reverse for a backward page.</summary>
    internal static IOrderedQueryable<T> Ordered<T>(IQueryable<T> query, IReadOnlyList<SortKey<T>> keys, bool backward)
    {
        var ordered = keys[0].OrderBy(query, keys[0].Descending != backward);
        for (var i = 1; i < keys.Count; i++)
            ordered = keys[i].ThenBy(ordered, keys[i].Descending != backward);
        return ordered;
    }

    /// <summary>The connection of the rows read for <paramref name="page"/> (in reading order, one more than the page when
    /// more lie beyond): the extra row dropped, a backward page turned round, each edge given its position.</summary>
    internal static Connection<TResult> PageOf<TResult>(List<KeysetRow<TResult>> rows, PageRequest page, CursorCodec cursors, string ordering)
    {
        var backward = page.Direction == PageDirection.Backward;
        var hasMore = rows.Count > page.Size;
        if (hasMore)
            rows.RemoveAt(rows.Count - 1);
        if (backward)
            rows.Reverse();

        // Cursors are sealed when read: a query selecting only nodes seals none.
        var edges = new Edge<TResult>[rows.Count];
        for (var i = 0; i < edges.Length; i++)
            edges[i] = new Edge<TResult>(rows[i].Item, cursors, ordering, rows[i].Keys);
        // The far side of a cursor is known to hold at least the cursor's own item; counting further is not worth a query.
        var info = PageInfo.Of(
            hasNextPage: backward ? page.Before is not null : hasMore,
            hasPreviousPage: backward ? hasMore : page.After is not null,
            edges);
        return new Connection<TResult>(edges, info);
    }

    private static object?[] Decode<T>(CursorCodec cursors, string cursor, string ordering, IReadOnlyList<SortKey<T>> keys) =>
        cursors.Decode(cursor, ordering, keys.Count);

    /// <summary><c>item => new KeysetRow(projection(item), new object[] { key1(item), ..., id(item) })</c>.</summary>
    internal static Expression<Func<T, KeysetRow<TResult>>> RowOf<T, TResult>(Expression<Func<T, TResult>> projection, IReadOnlyList<SortKey<T>> keys)
    {
        var item = projection.Parameters[0];
        var values = keys.Select(key => (Expression)Expression.Convert(MemberPaths.Inline(key.Selector, item), typeof(object)));
        var constructor = typeof(KeysetRow<TResult>).GetConstructor([typeof(TResult), typeof(object?[])])!;
        return Expression.Lambda<Func<T, KeysetRow<TResult>>>(
            Expression.New(constructor, projection.Body, Expression.NewArrayInit(typeof(object), values)),
            item);
    }
}
