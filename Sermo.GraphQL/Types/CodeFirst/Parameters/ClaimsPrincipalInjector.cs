using System.Linq.Expressions;
using System.Security.Claims;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>A ClaimsPrincipal parameter: the request's user (null when the transport gave none).</summary>
internal sealed class ClaimsPrincipalInjector : IResolverParameterInjector
{
    public bool CanInject(ResolverParameter parameter) => parameter.Type == typeof(ClaimsPrincipal);

    public Expression Inject(ResolverParameter parameter) => Expression.Property(parameter.Context, nameof(IResolverContext.User));
}
