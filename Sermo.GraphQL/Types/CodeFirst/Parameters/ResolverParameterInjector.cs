using System.Linq.Expressions;
using System.Reflection;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types;

/// <summary>Fills every resolver parameter of type <typeparamref name="T"/> with a value made from the resolver
/// context (for example a DbContext from the request's factory). Override <see cref="CanInject"/> to narrow it
/// (an attribute on the parameter, say).</summary>
public abstract class ResolverParameterInjector<T> : IResolverParameterInjector
{
    private static readonly MethodInfo ValueMethod = typeof(ResolverParameterInjector<T>).GetMethod(nameof(Value))!;

    public virtual bool CanInject(ResolverParameter parameter) => parameter.Type == typeof(T);

    /// <summary>The value for one call of the resolver.</summary>
    public abstract T Value(IResolverContext context);

    public Expression Inject(ResolverParameter parameter) =>
        Expression.Call(Expression.Constant(this), ValueMethod, parameter.Context);
}
