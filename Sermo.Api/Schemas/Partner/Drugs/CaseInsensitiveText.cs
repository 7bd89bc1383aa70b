using System.Linq.Expressions;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary>Name filters that ignore case the same way on every database: the column and the client's text are both
/// lower-cased (SQL <c>lower()</c>, which SQLite applies to ASCII letters only), since <c>LIKE</c> is case-sensitive
/// on PostgreSQL and not on SQLite.</summary>
public static class CaseInsensitiveText
{
    public const FilterOperators Operators = FilterOperators.StartsWith | FilterOperators.Contains;

    public static FilterDefinition<T> TextField<T>(this FilterDefinition<T> filter, string name, Expression<Func<T, string>> column)
    {
        var item = column.Parameters[0];
        var lowered = Expression.Lambda<Func<T, string>>(Expression.Call(column.Body, nameof(string.ToLower), Type.EmptyTypes), item);
        return filter.Field(name, lowered, Operators, parse: value => ((string)value).ToLowerInvariant());
    }
}
