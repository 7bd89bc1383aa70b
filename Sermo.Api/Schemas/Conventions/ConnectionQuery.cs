using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>The one path of every connection field over a table: its <c>orderBy</c> argument through a declared sort
/// (the sort's default when the field has none) and its <c>where</c> argument through a declared filter, both read with
/// the request's caller (<see cref="SortDefinition{T}.ParseOrderAsync"/>, <see cref="FilterDefinition{T}.ApplyAsync"/>:
/// a field the caller may not read is refused before any SQL), the paging arguments, and <c>totalCount</c> only when
/// selected. One context of its own, no tracking; everything runs in SQL.
/// <code>
/// query.Field("drugs").Type("DrugConnection!").Argument("where", "DrugFilter").Argument("orderBy", "[DrugSort!]").PagingArguments()
///     .Resolve(context => ConnectionQuery.PageAsync(context, db => db.Drugs, filter, sort));
/// </code></summary>
public static class ConnectionQuery
{
    /// <summary>The connection as a resolver's result.</summary>
    public static async ValueTask<object?> PageAsync<T>(IResolverContext context, Func<SermoDbContext, IQueryable<T>> items, FilterDefinition<T>? filter, SortDefinition<T> sort)
        where T : class =>
        await ConnectionAsync(context, items, filter, sort);

    /// <summary>The connection itself, for resolvers that do more with its items (prime a DataLoader with them).
    /// <paramref name="filter"/> is null for a field without a declared <c>where</c> (its items already narrowed).</summary>
    public static async Task<Connection<T>> ConnectionAsync<T>(IResolverContext context, Func<SermoDbContext, IQueryable<T>> items, FilterDefinition<T>? filter, SortDefinition<T> sort)
        where T : class
    {
        // Arguments are read before the database is: a bad page or order is refused without a query.
        var page = ConnectionFields.Page(context);
        var order = await sort.ParseOrderAsync(context.Arguments.GetValueOrDefault("orderBy"), context);
        await using var db = await context.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var query = items(db).AsNoTracking();
        if (filter is not null)
            query = await filter.ApplyAsync(query, context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, context);
        return await query.ToConnectionAsync(sort, order, page, context.Services.GetRequiredService<CursorCodec>(),
            ConnectionFields.SelectsTotalCount(context), context.CancellationToken);
    }
}
