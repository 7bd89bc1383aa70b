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

/// <summary>Exposes a property or method of an object or interface type as a field. Binding is explicit: a member
/// is a field only when it carries this attribute or a type descriptor names it (<c>t.Field(x =&gt; x.Name)</c>).
/// On a C# interface's member, the field is also a field of every object type implementing the interface.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class GraphQLFieldAttribute : Attribute;

/// <summary>Leaves an enum member, or a property or constructor parameter of an input class, out of the schema
/// (output types need no such thing: they expose only the members they name).</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class GraphQLIgnoreAttribute : Attribute;

/// <summary>The GraphQL type of a field, argument or input field, instead of the one inferred from the .NET type:
/// written as in SDL (<c>[GraphQLType("ID!")]</c>) or in C# (<c>[GraphQLType(typeof(NonNull&lt;IdType&gt;))]</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLTypeAttribute : Attribute
{
    public GraphQLTypeAttribute(string typeReference)
    {
        TypeReference = typeReference;
        Declared = new CodeFirst.DeclaredType.Sdl(typeReference);
    }

    public GraphQLTypeAttribute(Type reference)
    {
        Reference = reference;
        Declared = new CodeFirst.DeclaredType.Clr(reference);
    }

    /// <summary>The reference written as SDL; null when it is written in C#.</summary>
    public string? TypeReference { get; }

    /// <summary>The reference written in C#; null when it is written as SDL.</summary>
    public Type? Reference { get; }

    internal CodeFirst.DeclaredType Declared { get; }
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

/// <summary>On a subscription method (which this makes a field): <see cref="With"/> names the method that returns the source stream
/// (IAsyncEnumerable); this method then resolves each event (take the event with a <c>[Parent]</c> parameter).
/// A subscription method that itself returns IAsyncEnumerable needs no attribute.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SubscribeAttribute(string with) : Attribute
{
    public string With { get; } = with;
}
