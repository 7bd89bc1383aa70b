using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types;

/// <summary>The directives the spec defines (3.13). Shared by every schema: they hold no schema state.</summary>
public static class Directives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Skip = Create(
        "skip",
        "Leaves out the field or fragment when `if` is true.",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        new InputValue("if", new NonNullType(Scalars.Boolean), "Leave out when true."));

    public static readonly DirectiveDefinition Include = Create(
        "include",
        "Keeps the field or fragment only when `if` is true.",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        new InputValue("if", new NonNullType(Scalars.Boolean), "Keep only when true."));

    public static readonly DirectiveDefinition Deprecated = Create(
        "deprecated",
        "Marks a field, argument, input field or enum value as one clients should stop using.",
        [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION, DirectiveLocation.ENUM_VALUE],
        new InputValue("reason", Scalars.String, "Why it is deprecated and what to use instead (Markdown).")
        {
            DefaultValue = new StringValueNode(DefaultDeprecationReason),
        });

    public static readonly DirectiveDefinition SpecifiedBy = Create(
        "specifiedBy",
        "Points to the document that defines how a custom scalar behaves.",
        [DirectiveLocation.SCALAR],
        new InputValue("url", new NonNullType(Scalars.String), "The address of that document."));

    public static readonly DirectiveDefinition OneOf = Create(
        "oneOf",
        "Requires exactly one field of the input object, and that field not null.",
        [DirectiveLocation.INPUT_OBJECT]);

    /// <summary>The spec's directives, in the order graphql-js lists them.</summary>
    public static readonly IReadOnlyList<DirectiveDefinition> Specified = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    private static DirectiveDefinition Create(string name, string description, DirectiveLocation[] locations, params InputValue[] arguments)
    {
        var directive = new DirectiveDefinition(name, description);
        directive.LocationList.AddRange(locations);
        foreach (var argument in arguments)
            directive.ArgumentMap.TryAdd(argument);
        return directive;
    }
}
