using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>Type references of the AST resolved against a schema, and described for messages.</summary>
public static partial class InputValues
{
    /// <summary>The schema type a type reference names, or null when a named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private static string DescribeTypeNode(TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => $"[{DescribeTypeNode(list.Type)}]",
        NonNullTypeNode nonNull => $"{DescribeTypeNode(nonNull.Type)}!",
        _ => "?",
    };
}
