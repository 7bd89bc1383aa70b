using System.Text;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Ide;

/// <summary>One example operation the IDE opens as a tab.</summary>
public sealed record GraphiQLExample(string Query, string? Variables);

/// <summary>Writes example operations from the schema itself, so they always match what the endpoint serves:
/// one query over the first root fields and one per subscription field, selecting scalar leaves two levels
/// deep and declaring a variable (with a placeholder value) for each required argument.</summary>
public static class GraphiQLExamples
{
    private const int RootFieldsPerQuery = 3;
    private const int LeavesPerObject = 6;

    public static IReadOnlyList<GraphiQLExample> For(Schema schema)
    {
        var examples = new List<GraphiQLExample>();
        var queryFields = UsableFields(schema.QueryType).Take(RootFieldsPerQuery).ToList();
        if (queryFields.Count > 0)
        {
            examples.Add(Operation("query", "ExampleQuery", queryFields));
        }

        foreach (var field in UsableFields(schema.SubscriptionType))
        {
            examples.Add(Operation("subscription", "On" + char.ToUpperInvariant(field.Name[0]) + field.Name[1..], [field]));
        }

        return examples;
    }

    private static IEnumerable<OutputField> UsableFields(ObjectType? type) =>
        type is null ? [] : type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && !f.IsDeprecated);

    private static GraphiQLExample Operation(string kind, string name, IReadOnlyList<OutputField> fields)
    {
        var variables = new List<(string Name, InputValue Argument)>();
        var body = new StringBuilder();
        foreach (var field in fields)
        {
            body.Append("  ").Append(field.Name).Append(Arguments(field, variables));
            AppendSelection(body, field.Type.NamedType(), depth: 1, indent: "  ");
            body.Append('\n');
        }

        var header = new StringBuilder(kind).Append(' ').Append(name);
        if (variables.Count > 0)
        {
            header.Append('(').AppendJoin(", ", variables.Select(v => $"${v.Name}: {v.Argument.Type}")).Append(')');
        }

        var values = variables.Count == 0
            ? null
            : "{\n" + string.Join(",\n", variables.Select(v => $"  \"{v.Name}\": {Placeholder(v.Argument.Type)}")) + "\n}";
        return new GraphiQLExample($"{header} {{\n{body}}}\n", values);
    }

    private static string Arguments(OutputField field, List<(string Name, InputValue Argument)> variables)
    {
        var required = field.Arguments.Where(a => a.Type is NonNullType && !a.HasDefaultValue).ToList();
        if (required.Count == 0)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        foreach (var argument in required)
        {
            var variable = variables.Any(v => v.Name == argument.Name) ? field.Name + char.ToUpperInvariant(argument.Name[0]) + argument.Name[1..] : argument.Name;
            variables.Add((variable, argument));
            parts.Add($"{argument.Name}: ${variable}");
        }

        return "(" + string.Join(", ", parts) + ")";
    }

    private static void AppendSelection(StringBuilder body, NamedType type, int depth, string indent)
    {
        if (type is not ComplexType complex)
        {
            if (type is UnionType)
            {
                body.Append(" { __typename }");
            }

            return;
        }

        var leaves = complex.Fields
            .Where(f => !f.IsDeprecated && !f.Arguments.Any(a => a.Type is NonNullType && !a.HasDefaultValue))
            .Where(f => f.Type.NamedType() is ScalarType or EnumType || (depth < 2 && f.Type.NamedType() is ComplexType))
            .OrderBy(f => f.Type.NamedType() is ComplexType ? 1 : 0)
            .Take(LeavesPerObject)
            .ToList();
        body.Append(" {\n");
        if (!leaves.Any(f => f.Type.NamedType() is ScalarType or EnumType))
        {
            body.Append(indent).Append("  __typename\n");
        }

        foreach (var leaf in leaves)
        {
            body.Append(indent).Append("  ").Append(leaf.Name);
            AppendSelection(body, leaf.Type.NamedType(), depth + 1, indent + "  ");
            body.Append('\n');
        }

        body.Append(indent).Append('}');
    }

    /// <summary>A value of the right shape for a variable, for the reader to replace.</summary>
    private static string Placeholder(GraphQLType type) => type.Nullable() switch
    {
        ListType => "[]",
        NamedType named => named switch
        {
            EnumType e when e.Values.Count > 0 => $"\"{e.Values[0].Name}\"",
            InputObjectType => "{}",
            ScalarType { Name: "Int" or "Float" } => "0",
            ScalarType { Name: "Boolean" } => "false",
            _ => "\"\"",
        },
        _ => "null",
    };
}
