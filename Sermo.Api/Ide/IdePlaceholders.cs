using System.Text.Json;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Ide;

/// <summary>Variables for an example written from its operation and the schema alone: a value of the right shape for
/// each required variable (an input object with its required fields, the first value of an enum, "&lt;ID&gt;" for an
/// id), null for an optional one. What the IDE shows outside Development, where nothing is read from the database.</summary>
public static class IdePlaceholders
{
    /// <summary>How deep input objects are filled in (input types may refer to themselves).</summary>
    private const int MaxDepth = 4;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The variables as JSON, or null when the operation declares none.</summary>
    public static string? For(Schema schema, string query)
    {
        var operation = Parser.Parse(query).Definitions.OfType<OperationDefinitionNode>().First();
        if (operation.VariableDefinitions.Count == 0)
            return null;
        var values = operation.VariableDefinitions.ToDictionary(
            definition => definition.Variable.Name.Value,
            definition => definition.Type is NonNullTypeNode required ? ValueOf(schema, required.Type) : null);
        return JsonSerializer.Serialize(values, Json);
    }

    private static object? ValueOf(Schema schema, TypeNode type) => type switch
    {
        ListTypeNode => Array.Empty<object>(),
        NamedTypeNode named => schema.GetType(named.Name.Value) is { } namedType ? ValueOf(namedType, 0) : null,
        _ => null,
    };

    private static object? ValueOf(GraphQLType type, int depth) => type switch
    {
        NonNullType required => ValueOf(required.OfType, depth),
        ListType => Array.Empty<object>(),
        EnumType e when e.Values.Count > 0 => e.Values[0].Name,
        InputObjectType input when depth < MaxDepth => input.Fields
            .Where(field => field.Type is NonNullType && !field.HasDefaultValue)
            .ToDictionary(field => field.Name, field => ValueOf(field.Type, depth + 1)),
        ScalarType { Name: "ID" } => "<ID>",
        ScalarType { Name: "Int" or "Float" } => 0,
        ScalarType { Name: "Boolean" } => false,
        ScalarType => "",
        _ => null,
    };
}
