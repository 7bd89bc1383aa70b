namespace Sermo.GraphQL.Language.Ast;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode(Location? location) : DefinitionNode(location), IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
    public abstract SelectionSetNode SelectionSet { get; }
}

/// <summary>An operation; <see cref="Name"/> is null for anonymous ones, including the <c>{ ... }</c> shorthand.</summary>
public sealed class OperationDefinitionNode(
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location? location = null) : ExecutableDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
    public OperationType Operation { get; } = operation;
    public NameNode? Name { get; } = name;
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <summary>Since the September 2025 spec, a description may precede it (never the <c>{ ... }</c>
    /// shorthand); it documents and never changes execution.</summary>
    public StringValueNode? Description { get; init; }
}

/// <summary><c>$name: Type = default @directives</c></summary>
public sealed class VariableDefinitionNode(
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
    public VariableNode Variable { get; } = variable;
    public TypeNode Type { get; } = type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>Since the September 2025 spec, a description may precede it; it documents and never
    /// changes execution.</summary>
    public StringValueNode? Description { get; init; }
}

public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode(Location? location) : SyntaxNode(location), IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary><c>alias: name(args) @directives { ... }</c></summary>
public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    Location? location = null) : SelectionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Field;
    public NameNode? Alias { get; } = alias;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key this field takes in the response: the alias when given, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary><c>...Name @directives</c></summary>
public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
    : SelectionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
    public NameNode Name { get; } = name;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary><c>... on Type @directives { ... }</c>; <see cref="TypeCondition"/> may be omitted.</summary>
public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location? location = null) : SelectionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; } = typeCondition;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

/// <summary><c>fragment Name on Type @directives { ... }</c></summary>
public sealed class FragmentDefinitionNode(
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location? location = null) : ExecutableDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
    public NameNode Name { get; } = name;
    public NamedTypeNode TypeCondition { get; } = typeCondition;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <summary>Since the September 2025 spec, a description may precede it; it documents and never
    /// changes execution.</summary>
    public StringValueNode? Description { get; init; }
}
