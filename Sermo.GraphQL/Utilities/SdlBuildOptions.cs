using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Utilities;

/// <summary>What an SDL document cannot say: the code behind its fields, abstract types and custom scalars.</summary>
public sealed class SdlBuildOptions
{
    /// <summary>Resolvers by <c>"Type.field"</c>; fields without one use the default resolver.</summary>
    public IDictionary<string, FieldResolver> Resolvers { get; } = new Dictionary<string, FieldResolver>(StringComparer.Ordinal);

    /// <summary>Source streams of subscription fields by <c>"Subscription.field"</c>.</summary>
    public IDictionary<string, SubscriptionResolver> Subscribers { get; } = new Dictionary<string, SubscriptionResolver>(StringComparer.Ordinal);

    /// <summary>Type resolvers of interfaces and unions by type name.</summary>
    public IDictionary<string, TypeResolver> TypeResolvers { get; } = new Dictionary<string, TypeResolver>(StringComparer.Ordinal);

    /// <summary>Coercion rules for <c>scalar X</c> definitions by name. Our custom scalars (<see cref="Types.Scalars.Custom"/>)
    /// are bound by name without being listed; a scalar bound to nothing passes values through unchanged.</summary>
    public IDictionary<string, ScalarType> Scalars { get; } = new Dictionary<string, ScalarType>(StringComparer.Ordinal);

    /// <summary>Middleware wrapped around every field's resolver (introspection excluded), outermost first.</summary>
    public IList<FieldMiddleware> FieldMiddleware { get; } = [];
}
