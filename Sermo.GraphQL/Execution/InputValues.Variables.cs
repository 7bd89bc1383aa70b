using System.Text.Json;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>CoerceVariableValues (spec 6.1.2): the request's variables against the operation's definitions.</summary>
public static partial class InputValues
{
    /// <summary>Coerces the request's variables for an operation. Every problem is reported (code
    /// BAD_USER_INPUT, located at the variable definition); <paramref name="values"/> is only usable when
    /// no error was returned.</summary>
    public static IReadOnlyList<GraphQLError> CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyDictionary<string, object?> values) =>
        CoerceVariableValues(ResolveVariableTypes(schema, operation), inputs, out values);

    /// <summary>The operation's variable definitions with the schema types they name (null when unknown).</summary>
    internal static VariableDefinition[] ResolveVariableTypes(Schema schema, OperationDefinitionNode operation)
    {
        var definitions = new VariableDefinition[operation.VariableDefinitions.Count];
        for (var i = 0; i < definitions.Length; i++)
        {
            var node = operation.VariableDefinitions[i];
            definitions[i] = new VariableDefinition(node, TypeFromAst(schema, node.Type));
        }
        return definitions;
    }

    internal static IReadOnlyList<GraphQLError> CoerceVariableValues(
        VariableDefinition[] definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyDictionary<string, object?> values)
    {
        if (definitions.Length == 0)
        {
            values = NoValues;
            return [];
        }
        var coerced = new Dictionary<string, object?>(definitions.Length, StringComparer.Ordinal);
        List<GraphQLError>? errors = null;
        foreach (var definition in definitions)
        {
            var error = CoerceVariable(definition, inputs, coerced);
            if (error is not null)
                (errors ??= []).Add(GraphQLError.At(error, ErrorCodes.BadUserInput, definition.Node));
        }
        values = coerced;
        return errors is null ? [] : errors;
    }

    private static string? CoerceVariable(
        VariableDefinition definitionWithType,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced)
    {
        var definition = definitionWithType.Node;
        var name = definition.Variable.Name.Value;
        var type = definitionWithType.Type;
        if (type is null || !type.IsInputType())
            return $"Variable \"${name}\" expected value of type \"{DescribeTypeNode(definition.Type)}\" which cannot be used as an input type.";

        if (inputs is null || !inputs.TryGetValue(name, out var input))
        {
            if (definition.DefaultValue is not null)
            {
                string? reason = null;
                if (!TryValueFromAst(definition.DefaultValue, type, null, ref reason, out var defaultValue))
                    return $"Variable \"${name}\" has an invalid default value: {reason}";
                coerced[name] = defaultValue;
                return null;
            }
            if (type is NonNullType)
                return $"Variable \"${name}\" of required type \"{type}\" was not provided.";
            return null;
        }

        if (input is null || input is JsonElement { ValueKind: JsonValueKind.Null })
        {
            if (type is NonNullType)
                return $"Variable \"${name}\" of non-null type \"{type}\" must not be null.";
            coerced[name] = null;
            return null;
        }

        try
        {
            coerced[name] = Coerce(input, type, null);
            return null;
        }
        catch (InputCoercionException failure)
        {
            var at = failure.Path is null ? "" : $" at \"{name}{failure.Path.Describe()}\"";
            return $"Variable \"${name}\" got invalid value {ValueDescriber.Describe(failure.Value)}{at}; {failure.Message}";
        }
    }

    /// <summary>A variable definition with the schema type it names, resolved once per compiled operation.</summary>
    internal sealed record VariableDefinition(VariableDefinitionNode Node, GraphQLType? Type);
}
