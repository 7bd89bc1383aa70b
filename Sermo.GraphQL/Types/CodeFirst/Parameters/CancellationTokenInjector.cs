using System.Linq.Expressions;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>A CancellationToken parameter: signalled when the client goes away or the request times out.</summary>
internal sealed class CancellationTokenInjector : IResolverParameterInjector
{
    public bool CanInject(ResolverParameter parameter) => parameter.Type == typeof(CancellationToken);

    public Expression Inject(ResolverParameter parameter) => Expression.Property(parameter.Context, nameof(IResolverContext.CancellationToken));
}
