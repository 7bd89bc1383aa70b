namespace Sermo.GraphQL.Types;

/// <summary>The GraphQL name of a class, interface, enum, enum member, property, method or parameter,
/// instead of the conventional one (class name; camelCase member; UPPER_SNAKE enum value).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The description shown by introspection and in SDL (System.ComponentModel.Description works too).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}

/// <summary>Leaves a property, method, parameter-less member or enum member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Method)]
public sealed class GraphQLIgnoreAttribute : Attribute;

/// <summary>The GraphQL type of a field, argument or input field written as in SDL (<c>"ID!"</c>, <c>"[String!]"</c>),
/// instead of the one inferred from the .NET type.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLTypeAttribute(string typeReference) : Attribute
{
    public string TypeReference { get; } = typeReference;
}

/// <summary>Attaches host data (an authorization policy, a cost weight) to the type or field's <c>Metadata</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public sealed class GraphQLMetadataAttribute(string key, object? value) : Attribute
{
    public string Key { get; } = key;
    public object? Value { get; } = value;
}

/// <summary>A resolver parameter taken from the request's services (<see cref="Execution.IResolverContext.Services"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;

/// <summary>A resolver parameter that receives the parent object (for a subscription's event resolver: the event).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;

/// <summary>Makes an input class a OneOf input object (<c>@oneOf</c>): exactly one field must be given.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class OneOfAttribute : Attribute;

/// <summary>Makes a C# interface a GraphQL union of the registered object types that implement it, rather than an interface type.</summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class GraphQLUnionAttribute : Attribute;

/// <summary>On a subscription method: <see cref="With"/> names the method that returns the source stream
/// (IAsyncEnumerable); this method then resolves each event (take the event with a <c>[Parent]</c> parameter).
/// A subscription method that itself returns IAsyncEnumerable needs no attribute.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SubscribeAttribute(string with) : Attribute
{
    public string With { get; } = with;
}
