using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation;

/// <summary>The directives a document may use: those of the target schema (or the specified ones when there
/// is none) plus those the document itself defines, which win on a name clash.</summary>
internal static class DirectiveCatalog
{
    public static IEnumerable<DirectiveDefinition> SchemaDirectives(ValidationContextBase context) =>
        context.TargetSchema is { } schema ? schema.Directives : Directives.Specified;

    public static IEnumerable<DirectiveDefinitionNode> DefinedInDocument(ValidationContextBase context) =>
        context.Document.Definitions.OfType<DirectiveDefinitionNode>();

    /// <summary>Where a directive on <paramref name="owner"/> is applied; <paramref name="insideInputObject"/>
    /// tells input fields from arguments, which share a syntax node kind.</summary>
    public static DirectiveLocation? LocationOf(SyntaxNode owner, bool insideInputObject) => owner switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.QUERY,
            OperationType.Mutation => DirectiveLocation.MUTATION,
            _ => DirectiveLocation.SUBSCRIPTION,
        },
        FieldNode => DirectiveLocation.FIELD,
        FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
        InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
        FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
        VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
        SchemaDefinitionNode => DirectiveLocation.SCHEMA,
        ScalarTypeDefinitionNode => DirectiveLocation.SCALAR,
        ObjectTypeDefinitionNode => DirectiveLocation.OBJECT,
        FieldDefinitionNode => DirectiveLocation.FIELD_DEFINITION,
        InterfaceTypeDefinitionNode => DirectiveLocation.INTERFACE,
        UnionTypeDefinitionNode => DirectiveLocation.UNION,
        EnumTypeDefinitionNode => DirectiveLocation.ENUM,
        EnumValueDefinitionNode => DirectiveLocation.ENUM_VALUE,
        InputObjectTypeDefinitionNode => DirectiveLocation.INPUT_OBJECT,
        InputValueDefinitionNode => insideInputObject ? DirectiveLocation.INPUT_FIELD_DEFINITION : DirectiveLocation.ARGUMENT_DEFINITION,
        _ => null,
    };
}
