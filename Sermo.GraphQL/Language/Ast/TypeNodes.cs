namespace Sermo.GraphQL.Language.Ast;

/// <summary>A type reference: <c>Name</c>, <c>[T]</c> or <c>T!</c>.</summary>
public abstract class TypeNode(Location? location) : SyntaxNode(location);

public sealed class NamedTypeNode(NameNode name, Location? location = null) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
    public NameNode Name { get; } = name;
}

public sealed class ListTypeNode(TypeNode type, Location? location = null) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
    public TypeNode Type { get; } = type;
}

/// <summary>Wraps a named or list type; never another non-null type.</summary>
public sealed class NonNullTypeNode(TypeNode type, Location? location = null) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
    public TypeNode Type { get; } = type;
}
