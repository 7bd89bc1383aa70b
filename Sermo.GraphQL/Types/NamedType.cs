using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types;

/// <summary>A type with a name of its own: scalar, object, interface, union, enum or input object.
/// Built by a schema builder; frozen once its schema is complete.</summary>
public abstract class NamedType : GraphQLType, INamed, IHasMetadata
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }
    public string? Description { get; internal set; }

    /// <summary>The definition this type was built from, when built from SDL.</summary>
    public TypeDefinitionNode? SyntaxNode { get; internal set; }

    /// <summary>The <c>extend ...</c> nodes applied to this type, when built from SDL.</summary>
    public IReadOnlyList<TypeDefinitionNode> ExtensionNodes { get; internal set; } = [];

    /// <summary>Directives applied to the type itself, in order (for SDL printing and custom directive semantics).</summary>
    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; internal set; } = [];

    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>True for the spec's built-in scalars and the introspection types.</summary>
    public bool IsBuiltIn => IsIntrospectionTypeName(Name) || ScalarType.IsSpecifiedScalarName(Name);

    public override string ToString() => Name;

    internal static bool IsIntrospectionTypeName(string name) => name.StartsWith("__", StringComparison.Ordinal);
}

/// <summary>Free-form data that hosts attach to types and fields (authorization policies, cost weights...).
/// The engine never reads it.</summary>
public interface IHasMetadata
{
    IDictionary<string, object?> Metadata { get; }
}

/// <summary>A directive applied in the type system, with its arguments as written.</summary>
public sealed record AppliedDirective(string Name, IReadOnlyList<ArgumentNode> Arguments, DirectiveNode? SyntaxNode = null);
