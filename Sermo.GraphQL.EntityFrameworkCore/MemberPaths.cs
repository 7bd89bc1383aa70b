using System.Linq.Expressions;
using System.Reflection;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>Checks on the member expressions that sort, filter and projection declarations take.</summary>
internal static class MemberPaths
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Whether the member read by <paramref name="selector"/> may hold null: a nullable value type, or a
    /// reference type whose property or field is not annotated non-null (a path is nullable when any step is).</summary>
    public static bool MayBeNull(LambdaExpression selector)
    {
        if (Nullable.GetUnderlyingType(selector.ReturnType) is not null)
            return true;
        if (selector.ReturnType.IsValueType)
            return false;
        for (var expression = selector.Body; expression is MemberExpression member; expression = member.Expression!)
        {
            var state = member.Member switch
            {
                PropertyInfo property => Nullability.Create(property).ReadState,
                FieldInfo field => Nullability.Create(field).ReadState,
                _ => NullabilityState.Unknown,
            };
            if (state != NullabilityState.NotNull)
                return true;
        }
        return selector.Body is not MemberExpression;
    }

    /// <summary>The body of <paramref name="selector"/> with its parameter replaced by <paramref name="parameter"/>.</summary>
    public static Expression Inline(LambdaExpression selector, ParameterExpression parameter) =>
        new ParameterReplacer(selector.Parameters[0], parameter).Visit(selector.Body);

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
