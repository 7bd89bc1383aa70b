using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types;

/// <summary>Where a directive may be applied (spec 3.13), named as in SDL.</summary>
public enum DirectiveLocation
{
    QUERY,
    MUTATION,
    SUBSCRIPTION,
    FIELD,
    FRAGMENT_DEFINITION,
    FRAGMENT_SPREAD,
    INLINE_FRAGMENT,
    VARIABLE_DEFINITION,
    SCHEMA,
    SCALAR,
    OBJECT,
    FIELD_DEFINITION,
    ARGUMENT_DEFINITION,
    INTERFACE,
    UNION,
    ENUM,
    ENUM_VALUE,
    INPUT_OBJECT,
    INPUT_FIELD_DEFINITION,
}

public sealed class DirectiveDefinition(string name, string? description = null) : INamed
{
    internal readonly NamedCollection<InputValue> ArgumentMap = new();
    internal readonly List<DirectiveLocation> LocationList = [];

    public string Name { get; } = name;
    public string? Description { get; internal set; } = description;
    public NamedCollection<InputValue> Arguments => ArgumentMap;
    public IReadOnlyList<DirectiveLocation> Locations => LocationList;
    public bool IsRepeatable { get; internal set; }
    public DirectiveDefinitionNode? SyntaxNode { get; internal set; }

    /// <summary>True for skip, include, deprecated, specifiedBy and oneOf.</summary>
    public bool IsSpecified => Name is "skip" or "include" or "deprecated" or "specifiedBy" or "oneOf";
}
