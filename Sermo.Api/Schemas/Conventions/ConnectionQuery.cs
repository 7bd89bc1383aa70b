using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>Resolves a connection field over a table: its <c>where</c> argument through a declared filter, its
/// <c>orderBy</c> through a declared sort (the sort's default when the field has none), the paging arguments, and
/// <c>totalCount</c> only when selected. One context of its own, no tracking; everything runs in SQL.
/// <code>
/// query.Field("drugs").Type("DrugConnection!").Argument("where", "DrugFilter").Argument("orderBy", "[DrugSort!]").PagingArguments()
///     .Resolve(context => ConnectionQuery.PageAsync(context, db => db.Drugs, filter, sort));
/// </code></summary>
public static class ConnectionQuery
{
    public static async ValueTask<object?> PageAsync<T>(IResolverContext context, Func<SermoDbContext, IQueryable<T>> items, FilterDefinition<T> filter, SortDefinition<T> sort)
        where T : class
    {
        // Arguments are read before the database is: a bad page, filter or order is refused without a query.
        var page = ConnectionFields.Page(context);
        var order = sort.ParseOrder(context.Arguments.GetValueOrDefault("orderBy"));
        var where = context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>;
        await using var db = await context.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return await filter.Apply(items(db).AsNoTracking(), where)
            .ToConnectionAsync(sort, order, page, context.Services.GetRequiredService<CursorCodec>(),
                ConnectionFields.SelectsTotalCount(context), context.CancellationToken);
    }
}
