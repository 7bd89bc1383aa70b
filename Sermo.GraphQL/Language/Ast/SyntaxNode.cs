namespace Sermo.GraphQL.Language.Ast;

/// <summary>Where a node or token stands in its source: byte offsets into the UTF-8 text, and the
/// 1-based line and column (in UTF-16 code units, as the spec and graphql-js report them) of its start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);

/// <summary>The kinds of syntax node, one per production of the GraphQL grammar that the tree keeps.</summary>
public enum SyntaxKind
{
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
}

/// <summary>A node of the syntax tree. Nodes are immutable once the parser has built them.</summary>
public abstract class SyntaxNode
{
    protected SyntaxNode(Location? location) => Location = location;

    public abstract SyntaxKind Kind { get; }

    /// <summary>Null for nodes built by code rather than parsed.</summary>
    public Location? Location { get; }
}

/// <summary>A name token: <c>[_A-Za-z][_0-9A-Za-z]*</c>.</summary>
public sealed class NameNode(string value, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Name;
    public string Value { get; } = value;
    public override string ToString() => Value;
}

/// <summary>A node that may carry applied directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A directive applied at some location: <c>@name(args)</c>.</summary>
public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location? location = null)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}

/// <summary>An argument given to a field or directive: <c>name: value</c>.</summary>
public sealed class ArgumentNode(NameNode name, ValueNode value, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}

/// <summary>A whole GraphQL document: executable definitions, type-system definitions and extensions.</summary>
public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location? location = null)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Document;
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
}

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode(Location? location) : SyntaxNode(location);
