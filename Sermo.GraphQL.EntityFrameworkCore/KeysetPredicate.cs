using System.Linq.Expressions;
using Sermo.GraphQL.Relay;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>Builds the keyset condition "comes after (or before) the cursor in this ordering":
/// <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR ...</c>, each comparison flipped for descending keys.</summary>
internal static class KeysetPredicate
{
    public static Expression<Func<T, bool>> Beyond<T>(IReadOnlyList<SortKey<T>> keys, object?[] cursorValues, bool forward)
    {
        var item = Expression.Parameter(typeof(T), "item");
        var members = new Expression[keys.Count];
        var values = new Expression[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            members[i] = MemberPaths.Inline(keys[i].Selector, item);
            values[i] = keys[i].Parameter(cursorValues[i])
                ?? throw new InvalidIdException("The cursor is not valid for this list.", RelayErrorCodes.InvalidCursor);
        }

        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var greater = forward != keys[i].Descending;
            var term = Compare(members[i], values[i], greater);
            for (var j = i - 1; j >= 0; j--)
                term = Expression.AndAlso(Expression.Equal(members[j], values[j]), term);
            any = any is null ? term : Expression.OrElse(any, term);
        }
        return Expression.Lambda<Func<T, bool>>(any!, item);
    }

    internal static Expression Compare(Expression member, Expression value, bool greater) =>
        Compare(member, value, greater ? ExpressionType.GreaterThan : ExpressionType.LessThan);

    /// <summary><c>member &gt; value</c> (or &lt;, &gt;=, &lt;=), through <c>CompareTo</c> for types without comparison
    /// operators (string, Guid, bool), which EF Core translates to the same SQL operator.</summary>
    internal static Expression Compare(Expression member, Expression value, ExpressionType comparison)
    {
        if (value.Type != member.Type)
            value = Expression.Convert(value, member.Type);
        var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            var converted = member.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            member = Expression.Convert(member, converted);
            value = Expression.Convert(value, converted);
            type = underlying;
        }
        if (HasOperators(type))
            return Expression.MakeBinary(comparison, member, value); // lifted for nullable members
        if (member.Type != type)
        {
            member = Expression.Property(member, "Value");
            value = Expression.Property(value, "Value");
        }
        var compare = type == typeof(string)
            ? Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, member, value)
            : Expression.Call(member, type.GetMethod(nameof(IComparable<int>.CompareTo), [type])!, value);
        return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
    }

    private static bool HasOperators(Type type) =>
        (type.IsPrimitive && type != typeof(bool)) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan);
}
