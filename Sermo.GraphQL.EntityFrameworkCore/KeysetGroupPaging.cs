using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.Relay;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>Keyset paging of many parents' lists at once: the same page of each parent's items (a drug's comments,
/// <c>comments(first: 5)</c> on each of 50 drugs) in one SQL command, where paging each parent alone costs one
/// command per parent. The items of every parent pass the page's cursors, then EF Core numbers each parent's rows in
/// the page's order and keeps the first <c>size + 1</c>
/// (<c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY keys) &lt;= size + 1</c>), so each parent's connection is
/// exactly what <see cref="KeysetPaging.ToConnectionAsync{T, TResult}"/> gives for that parent alone: the same items,
/// cursors and page info, for <c>first</c>/<c>after</c> and <c>last</c>/<c>before</c> alike. The cursors a page takes
/// are the same for every parent of one call (a cursor names a position in the ordering, not a parent).
/// <code>
/// var pages = await db.Ratings.Where(r => drugs.Contains(r.DrugId))
///     .ToConnectionsByAsync(r => r.DrugId, drugs, sort, order, page, cursors, projection, includeTotalCount, ct);
/// </code></summary>
public static class KeysetGroupPaging
{
    /// <param name="query">The items of <paramref name="parents"/> (filtered as the single list would be).</param>
    /// <param name="parentOf">The parent an item belongs to.</param>
    /// <param name="includeTotalCount">Also count each parent's items (one more SQL command for all of them).</param>
    /// <returns>A connection for every one of <paramref name="parents"/>, empty for a parent without items.</returns>
    public static async Task<IReadOnlyDictionary<TParent, Connection<TResult>>> ToConnectionsByAsync<T, TParent, TResult>(
        this IQueryable<T> query,
        Expression<Func<T, TParent>> parentOf,
        IReadOnlyCollection<TParent> parents,
        SortDefinition<T> sort,
        IReadOnlyList<SortField>? order,
        PageRequest page,
        CursorCodec cursors,
        Expression<Func<T, TResult>> projection,
        bool includeTotalCount = false,
        CancellationToken cancellationToken = default)
        where TParent : notnull
    {
        var keys = sort.Resolve(order);
        var ordering = sort.OrderingName(keys);
        var backward = page.Direction == PageDirection.Backward;
        var window = KeysetPaging.Window(query, keys, ordering, page, cursors);

        // Each parent's first size + 1 rows in reading order (the window function), then all of them in that order, so
        // grouping them by parent below keeps each parent's rows in order.
        // Each parent with its first size + 1 rows in reading order: EF Core numbers each parent's rows in a window
        // function and keeps those, in one command.
        var groups = await window.GroupBy(parentOf)
            .Select(FirstOfGroup<TParent, T, TResult>(keys, backward, page.Size + 1, KeysetPaging.RowOf(projection, keys)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byParent = groups.ToDictionary(group => group.Parent, group => group.Rows);

        Dictionary<TParent, int>? totals = null;
        if (includeTotalCount)
        {
            totals = await query.GroupBy(parentOf).Select(group => new ParentCount<TParent> { Parent = group.Key, Count = group.Count() })
                .ToDictionaryAsync(count => count.Parent, count => count.Count, cancellationToken).ConfigureAwait(false);
        }

        var connections = new Dictionary<TParent, Connection<TResult>>(parents.Count);
        foreach (var parent in parents)
        {
            var connection = KeysetPaging.PageOf(byParent.GetValueOrDefault(parent) ?? [], page, cursors, ordering);
            if (totals is not null)
            {
                var total = totals.GetValueOrDefault(parent);
                connection = new Connection<TResult>(connection.Edges, connection.PageInfo, _ => ValueTask.FromResult(total));
            }
            connections[parent] = connection;
        }
        return connections;
    }

    /// <summary><c>group => new ParentRows { Parent = group.Key, Rows = group.OrderBy(k1).ThenBy(k2)...Take(count).Select(row).ToList() }</c>,
    /// each key in the page's reading direction.</summary>
    private static Expression<Func<IGrouping<TParent, T>, ParentRows<TParent, TResult>>> FirstOfGroup<TParent, T, TResult>(
        IReadOnlyList<SortKey<T>> keys, bool backward, int count, Expression<Func<T, KeysetRow<TResult>>> row)
    {
        var group = Expression.Parameter(typeof(IGrouping<TParent, T>), "group");
        Expression items = group;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != backward;
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Enumerable.OrderBy),
                (true, true) => nameof(Enumerable.OrderByDescending),
                (false, false) => nameof(Enumerable.ThenBy),
                (false, true) => nameof(Enumerable.ThenByDescending),
            };
            items = Expression.Call(typeof(Enumerable), method, [typeof(T), keys[i].Selector.ReturnType], items, keys[i].Selector);
        }
        items = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(T)], items, Expression.Constant(count));
        items = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(T), typeof(KeysetRow<TResult>)], items, row);
        items = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeysetRow<TResult>)], items);
        var result = typeof(ParentRows<TParent, TResult>);
        return Expression.Lambda<Func<IGrouping<TParent, T>, ParentRows<TParent, TResult>>>(
            Expression.MemberInit(Expression.New(result),
                Expression.Bind(result.GetProperty(nameof(ParentRows<TParent, TResult>.Parent))!, Expression.Property(group, nameof(IGrouping<TParent, T>.Key))),
                Expression.Bind(result.GetProperty(nameof(ParentRows<TParent, TResult>.Rows))!, items)),
            group);
    }

    private sealed class ParentRows<TParent, TResult>
    {
        public TParent Parent { get; init; } = default!;
        public List<KeysetRow<TResult>> Rows { get; init; } = [];
    }

    private sealed class ParentCount<TParent>
    {
        public required TParent Parent { get; init; }
        public int Count { get; init; }
    }
}
