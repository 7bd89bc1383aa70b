using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>Fills a resolver parameter of type <see cref="Caller"/> from the request's user.</summary>
public sealed class CallerInjector : ResolverParameterInjector<Caller>
{
    public override Caller Value(IResolverContext context) => new(context.User);
}
