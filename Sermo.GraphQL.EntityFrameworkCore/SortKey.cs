using System.Linq.Expressions;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>A declared sort field with a direction: orders a query by it, compares it with a cursor's value,
/// and checks that value's type. Typed per member, so ordering and comparing need no reflection.</summary>
internal abstract class SortKey<T>(string name, SortDirection direction)
{
    public string Name { get; } = name;
    public SortDirection Direction { get; } = direction;
    public bool Descending => Direction == SortDirection.Descending;

    public abstract LambdaExpression Selector { get; }

    public abstract SortKey<T> WithDirection(SortDirection direction);

    public abstract IOrderedQueryable<T> OrderBy(IQueryable<T> query, bool descending);

    public abstract IOrderedQueryable<T> ThenBy(IOrderedQueryable<T> query, bool descending);

    /// <summary>The cursor's value as a query parameter of the member's type; null when it is not of that type.</summary>
    public abstract Expression? Parameter(object? cursorValue);
}

internal sealed class SortKey<T, TValue>(string name, SortDirection direction, Expression<Func<T, TValue>> selector)
    : SortKey<T>(name, direction)
{
    public override LambdaExpression Selector => selector;

    public override SortKey<T> WithDirection(SortDirection direction) => new SortKey<T, TValue>(Name, direction, selector);

    public override IOrderedQueryable<T> OrderBy(IQueryable<T> query, bool descending) =>
        descending ? query.OrderByDescending(selector) : query.OrderBy(selector);

    public override IOrderedQueryable<T> ThenBy(IOrderedQueryable<T> query, bool descending) =>
        descending ? query.ThenByDescending(selector) : query.ThenBy(selector);

    public override Expression? Parameter(object? cursorValue)
    {
        var type = typeof(TValue);
        object? value = cursorValue switch
        {
            TValue typed => typed,
            long number when type.IsEnum => Enum.ToObject(type, number),
            int number when type == typeof(short) => (short)number,
            int number when type == typeof(byte) => (byte)number,
            _ => null,
        };
        // A member of a captured object, so EF sends a parameter rather than inlining the value.
        return value is TValue known ? Expression.Property(Expression.Constant(new QueryParameter<TValue>(known)), nameof(QueryParameter<TValue>.Value)) : null;
    }
}
