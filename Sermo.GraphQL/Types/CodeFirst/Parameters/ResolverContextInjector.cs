using System.Linq.Expressions;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>An <see cref="IResolverContext"/> parameter: the context itself.</summary>
internal sealed class ResolverContextInjector : IResolverParameterInjector
{
    public bool CanInject(ResolverParameter parameter) => parameter.Type == typeof(IResolverContext);

    public Expression Inject(ResolverParameter parameter) => parameter.Context;
}
