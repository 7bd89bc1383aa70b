using System.Linq.Expressions;

namespace Sermo.GraphQL.Types;

/// <summary>One kind of resolver parameter the engine fills in rather than reading a GraphQL argument: the
/// resolver context, the cancellation token, a service, a DataLoader... Give the builder more kinds with
/// <see cref="SchemaBuilder.AddParameterInjector"/>; for a value computed from the context,
/// <see cref="ResolverParameterInjector{T}"/> is the short way.</summary>
public interface IResolverParameterInjector
{
    /// <summary>Whether this injector fills <paramref name="parameter"/>; the first injector that does, wins,
    /// and a parameter none fills is a GraphQL argument.</summary>
    bool CanInject(ResolverParameter parameter);

    /// <summary>The parameter's value, as an expression over <see cref="ResolverParameter.Context"/>; compiled
    /// into the field's resolver once, at build.</summary>
    Expression Inject(ResolverParameter parameter);
}
