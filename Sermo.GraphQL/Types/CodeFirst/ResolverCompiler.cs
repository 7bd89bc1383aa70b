using System.Linq.Expressions;
using System.Reflection;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Compiles properties, methods and delegates into <see cref="FieldResolver"/> and
/// <see cref="SubscriptionResolver"/> delegates with System.Linq.Expressions, once per field at build.</summary>
internal static class ResolverCompiler
{
    public static readonly ParameterExpression Context = Expression.Parameter(typeof(IResolverContext), "context");

    private static readonly MethodInfo ParentMethod = Helper(nameof(ResolverRuntime.Parent));
    private static readonly MethodInfo ParentValueMethod = Helper(nameof(ResolverRuntime.ParentValue));
    private static readonly MethodInfo ServiceMethod = Helper(nameof(ResolverRuntime.Service));
    private static readonly MethodInfo ArgumentMethod = Helper(nameof(ResolverRuntime.Argument));
    private static readonly MethodInfo FromValueMethod = Helper(nameof(ResolverRuntime.FromValue));
    private static readonly MethodInfo FromTaskMethod = Helper(nameof(ResolverRuntime.FromTask));
    private static readonly MethodInfo FromValueTaskMethod = Helper(nameof(ResolverRuntime.FromValueTask));
    private static readonly MethodInfo FromStreamMethod = Helper(nameof(ResolverRuntime.FromStream));

    /// <summary>The parent as <paramref name="parentType"/> (for root types: a service or a created instance).</summary>
    public static Expression Parent(Type parentType) => Expression.Call(ParentMethod.MakeGenericMethod(parentType), Context);

    public static Expression ParentParameter(Type type) => Expression.Call(ParentValueMethod.MakeGenericMethod(type), Context);

    public static Expression Service(Type type, bool required) =>
        Expression.Call(ServiceMethod.MakeGenericMethod(type), Context, Expression.Constant(required));

    public static Expression Argument(Type type, string name, Func<object?, object?>? convert, object? fallback) =>
        Expression.Call(ArgumentMethod.MakeGenericMethod(type), Context, Expression.Constant(name),
            Expression.Constant(convert, typeof(Func<object?, object?>)), Expression.Constant(fallback, type));

    public static FieldResolver Property(PropertyInfo property, Type parentType) =>
        Resolver(Expression.Property(Parent(parentType), property), ResultKind.Value);

    public static Expression Call(MethodInfo method, Type parentType, IEnumerable<Expression> arguments) =>
        method.IsStatic
            ? Expression.Call(method, arguments)
            : Expression.Call(Parent(parentType), method, arguments);

    public static Expression Invoke(Delegate target, IEnumerable<Expression> arguments) =>
        Expression.Invoke(Expression.Constant(target), arguments);

    public static FieldResolver Resolver(Expression result, ResultKind kind)
    {
        var body = kind switch
        {
            ResultKind.Task => Expression.Call(FromTaskMethod.MakeGenericMethod(result.Type.GetGenericArguments()[0]), result),
            ResultKind.ValueTask => Expression.Call(FromValueTaskMethod.MakeGenericMethod(result.Type.GetGenericArguments()[0]), result),
            ResultKind.Value => Expression.Call(FromValueMethod.MakeGenericMethod(result.Type), result),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A stream is a subscriber, not a resolver."),
        };
        return Expression.Lambda<FieldResolver>(body, Context).Compile();
    }

    public static SubscriptionResolver Subscriber(Expression stream) =>
        Expression.Lambda<SubscriptionResolver>(
            Expression.Call(FromStreamMethod.MakeGenericMethod(stream.Type.GetGenericArguments()[0]), stream), Context).Compile();

    private static MethodInfo Helper(string name) =>
        typeof(ResolverRuntime).GetMethods(BindingFlags.Public | BindingFlags.Static).Single(method => method.Name == name);
}
