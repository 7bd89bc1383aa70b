namespace Sermo.GraphQL.Types;

/// <summary>Decides the concrete object type of a value returned for an interface or union field.</summary>
public delegate ObjectType? TypeResolver(object value, Execution.IResolverContext context);

/// <summary>An object or interface type: a set of fields, and the interfaces it implements.</summary>
public abstract class ComplexType(string name, string? description) : NamedType(name, description)
{
    internal readonly NamedCollection<OutputField> FieldMap = new();
    internal readonly List<InterfaceType> InterfaceList = [];

    public NamedCollection<OutputField> Fields => FieldMap;
    public IReadOnlyList<InterfaceType> Interfaces => InterfaceList;

    /// <summary>Requirements declared in code on the whole type (every field of it, and of its implementations for an
    /// interface); <c>@authorize</c> in SDL adds to them.</summary>
    internal readonly List<Authorization.AuthorizeRequirement> DeclaredAuthorization = [];
}

public sealed class ObjectType(string name, string? description = null) : ComplexType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The .NET type whose instances are values of this GraphQL type (code-first), if bound.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>Whether a value belongs to this type when an abstract type has no resolver of its own.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}

public sealed class InterfaceType(string name, string? description = null) : ComplexType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;
    public TypeResolver? ResolveType { get; internal set; }
}

public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    internal readonly List<ObjectType> MemberList = [];

    public override TypeKind Kind => TypeKind.Union;
    public IReadOnlyList<ObjectType> Types => MemberList;
    public TypeResolver? ResolveType { get; internal set; }
}
