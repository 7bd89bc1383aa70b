namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>A row of a keyset page as the query returns it: the item and the values of its sort keys (for its cursor).</summary>
internal sealed record KeysetRow<TResult>(TResult Item, object?[] Keys);
