namespace Sermo.GraphQL.Language.Ast;

/// <summary>A schema, type or directive definition, or an extension of one.</summary>
public abstract class TypeSystemDefinitionNode(Location? location) : DefinitionNode(location);

/// <summary>A definition or extension of a named type.</summary>
public abstract class TypeDefinitionNode(Location? location) : TypeSystemDefinitionNode(location), IHasDirectives
{
    public abstract NameNode Name { get; }
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>True for <c>extend type ...</c> and the other type extensions.</summary>
    public virtual bool IsExtension => false;
}

/// <summary><c>query: Query</c> inside a schema definition or extension.</summary>
public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
    public OperationType Operation { get; } = operation;
    public NamedTypeNode Type { get; } = type;
}

/// <summary><c>"desc" schema @directives { query: Q ... }</c>, or <c>extend schema ...</c>.</summary>
public sealed class SchemaDefinitionNode(
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    bool isExtension = false,
    Location? location = null) : TypeSystemDefinitionNode(location), IHasDirectives
{
    public override SyntaxKind Kind => IsExtension ? SyntaxKind.SchemaExtension : SyntaxKind.SchemaDefinition;
    public StringValueNode? Description { get; } = description;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
    public bool IsExtension { get; } = isExtension;
}

public sealed class ScalarTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    bool isExtension = false,
    Location? location = null) : TypeDefinitionNode(location)
{
    public override SyntaxKind Kind => IsExtension ? SyntaxKind.ScalarTypeExtension : SyntaxKind.ScalarTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public override NameNode Name { get; } = name;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override bool IsExtension { get; } = isExtension;
}

/// <summary>An object or interface type definition (or extension): both have interfaces and fields.</summary>
public abstract class ComplexTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    bool isExtension,
    Location? location) : TypeDefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;
    public override NameNode Name { get; } = name;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
    public override bool IsExtension { get; } = isExtension;
}

public sealed class ObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    bool isExtension = false,
    Location? location = null)
    : ComplexTypeDefinitionNode(description, name, interfaces, directives, fields, isExtension, location)
{
    public override SyntaxKind Kind => IsExtension ? SyntaxKind.ObjectTypeExtension : SyntaxKind.ObjectTypeDefinition;
}

public sealed class InterfaceTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    bool isExtension = false,
    Location? location = null)
    : ComplexTypeDefinitionNode(description, name, interfaces, directives, fields, isExtension, location)
{
    public override SyntaxKind Kind => IsExtension ? SyntaxKind.InterfaceTypeExtension : SyntaxKind.InterfaceTypeDefinition;
}

/// <summary><c>"desc" name(args): Type @directives</c></summary>
public sealed class FieldDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public TypeNode Type { get; } = type;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>An argument definition or an input object field: <c>"desc" name: Type = default @directives</c>.</summary>
public sealed class InputValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public TypeNode Type { get; } = type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class UnionTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    bool isExtension = false,
    Location? location = null) : TypeDefinitionNode(location)
{
    public override SyntaxKind Kind => IsExtension ? SyntaxKind.UnionTypeExtension : SyntaxKind.UnionTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public override NameNode Name { get; } = name;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
    public override bool IsExtension { get; } = isExtension;
}

public sealed class EnumTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    bool isExtension = false,
    Location? location = null) : TypeDefinitionNode(location)
{
    public override SyntaxKind Kind => IsExtension ? SyntaxKind.EnumTypeExtension : SyntaxKind.EnumTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public override NameNode Name { get; } = name;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
    public override bool IsExtension { get; } = isExtension;
}

public sealed class EnumValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class InputObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    bool isExtension = false,
    Location? location = null) : TypeDefinitionNode(location)
{
    public override SyntaxKind Kind => IsExtension ? SyntaxKind.InputObjectTypeExtension : SyntaxKind.InputObjectTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public override NameNode Name { get; } = name;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
    public override bool IsExtension { get; } = isExtension;
}

/// <summary><c>"desc" directive @name(args) repeatable on LOCATION | ...</c></summary>
public sealed class DirectiveDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations,
    Location? location = null) : TypeSystemDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public bool Repeatable { get; } = repeatable;
    public IReadOnlyList<NameNode> Locations { get; } = locations;
}
