namespace Sermo.GraphQL.Language.Ast;

/// <summary>An input value written in a document: a literal or a variable.</summary>
public abstract class ValueNode(Location? location) : SyntaxNode(location);

/// <summary><c>$name</c></summary>
public sealed class VariableNode(NameNode name, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
    public NameNode Name { get; } = name;
}

/// <summary>An integer literal, kept as its source text so that coercion decides its range.</summary>
public sealed class IntValueNode(string value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
    public string Value { get; } = value;
}

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode(string value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
    public string Value { get; } = value;
}

/// <summary>A string literal with escapes resolved; <see cref="Block"/> when written as <c>"""..."""</c>.</summary>
public sealed class StringValueNode(string value, bool block = false, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
    public string Value { get; } = value;
    public bool Block { get; } = block;
}

public sealed class BooleanValueNode(bool value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
    public bool Value { get; } = value;
}

public sealed class NullValueNode(Location? location = null) : ValueNode(location)
{
    public static readonly NullValueNode Instance = new();
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>An enum value literal: a name other than true, false or null.</summary>
public sealed class EnumValueNode(string value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
    public string Value { get; } = value;
}

public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
    public IReadOnlyList<ValueNode> Values { get; } = values;
}

public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}

public sealed class ObjectFieldNode(NameNode name, ValueNode value, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}
