using System.Linq.Expressions;
using System.Reflection;
using Sermo.GraphQL.Authorization;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>A declared filter field: its member, the operators it accepts, who may filter by it, and how each becomes an
/// expression. A field over a collection (<paramref name="collection"/>) applies <paramref name="member"/> to each of
/// the item's values and holds when its conditions hold for any of them.</summary>
internal sealed class FilterField(
    string name, LambdaExpression member, FilterOperators operators, string? graphQLType, AuthorizeRequirement? requirement,
    Func<object, object?>? parse = null, LambdaExpression? collection = null)
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EnumerableAny = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);

    public string Name { get; } = name;
    public LambdaExpression Member { get; } = member;
    public FilterOperators Operators { get; } = operators;
    public string? GraphQLType { get; } = graphQLType;

    /// <summary>What a caller needs to filter by this field (as to read it); null when anyone may.</summary>
    public AuthorizeRequirement? Requirement { get; } = requirement;
    public Type ValueType => Member.ReturnType;

    /// <summary>The conditions of one field's operator object (<c>{ eq: "x", in: [...] }</c>), joined with AND.</summary>
    public Expression Build(ParameterExpression item, IReadOnlyDictionary<string, object?> conditions, int maxListValues)
    {
        if (collection is null)
            return Conditions(MemberPaths.Inline(Member, item), conditions, maxListValues);
        var value = Expression.Parameter(Member.Parameters[0].Type, "value");
        var test = Expression.Lambda(Conditions(MemberPaths.Inline(Member, value), conditions, maxListValues), value);
        return Expression.Call(EnumerableAny.MakeGenericMethod(value.Type), MemberPaths.Inline(collection, item), test);
    }

    private Expression Conditions(Expression target, IReadOnlyDictionary<string, object?> conditions, int maxListValues)
    {
        Expression? all = null;
        foreach (var (operatorName, value) in conditions)
        {
            var op = OperatorNamed(operatorName);
            var condition = op switch
            {
                FilterOperators.Eq => value is null ? Expression.Equal(target, Null()) : Expression.Equal(target, Parameter(value)),
                FilterOperators.Neq => value is null ? Expression.NotEqual(target, Null()) : Expression.NotEqual(target, Parameter(value)),
                FilterOperators.In => In(target, value, maxListValues),
                FilterOperators.Gt => KeysetPredicate.Compare(target, Parameter(value), ExpressionType.GreaterThan),
                FilterOperators.Gte => KeysetPredicate.Compare(target, Parameter(value), ExpressionType.GreaterThanOrEqual),
                FilterOperators.Lt => KeysetPredicate.Compare(target, Parameter(value), ExpressionType.LessThan),
                FilterOperators.Lte => KeysetPredicate.Compare(target, Parameter(value), ExpressionType.LessThanOrEqual),
                FilterOperators.Contains => Expression.Call(target, StringContains, Parameter(value)),
                FilterOperators.StartsWith => Expression.Call(target, StringStartsWith, Parameter(value)),
                _ => throw new InvalidOperationException(op.ToString()),
            };
            all = all is null ? condition : Expression.AndAlso(all, condition);
        }
        return all ?? Expression.Constant(true);
    }

    /// <summary>The GraphQL operator name (eq, neq, in, gt, gte, lt, lte, contains, startsWith) of a declared operator.</summary>
    public static string NameOf(FilterOperators op) => char.ToLowerInvariant(op.ToString()[0]) + op.ToString()[1..];

    private FilterOperators OperatorNamed(string operatorName)
    {
        foreach (var op in Enum.GetValues<FilterOperators>())
        {
            if (op != FilterOperators.None && (op & (op - 1)) == 0 && NameOf(op) == operatorName)
            {
                if ((Operators & op) == 0)
                    break;
                return op;
            }
        }
        throw InputErrors.BadInput($"The filter on \"{Name}\" has no operator \"{operatorName}\".");
    }

    private Expression Null()
    {
        if (ValueType.IsValueType && Nullable.GetUnderlyingType(ValueType) is null)
            throw InputErrors.BadInput($"\"{Name}\" is never null.");
        return Expression.Constant(null, ValueType);
    }

    private Expression Parameter(object? value)
    {
        if (value is null)
            throw InputErrors.BadInput($"The filter on \"{Name}\" needs a value here, not null.");
        var converted = Convert(value);
        var holder = Activator.CreateInstance(typeof(QueryParameter<>).MakeGenericType(ValueType), converted)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private object? Convert(object? value) => value is null || parse is null ? FilterValues.To(ValueType, value, Name) : parse(value);

    private Expression In(Expression target, object? value, int maxListValues)
    {
        if (value is not IReadOnlyList<object?> list)
            throw InputErrors.BadInput($"The filter on \"{Name}\" needs a list for \"in\".");
        if (list.Count > maxListValues)
            throw InputErrors.BadInput($"\"in\" on \"{Name}\" takes at most {maxListValues} values; got {list.Count}.");
        var values = Array.CreateInstance(ValueType, list.Count);
        for (var i = 0; i < list.Count; i++)
            values.SetValue(Convert(list[i]), i);
        var holder = Activator.CreateInstance(typeof(QueryParameter<>).MakeGenericType(values.GetType()), values)!;
        var contains = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(ValueType);
        return Expression.Call(contains, Expression.Property(Expression.Constant(holder), "Value"), target);
    }
}
