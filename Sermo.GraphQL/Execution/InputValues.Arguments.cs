using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>CoerceArgumentValues (spec 6.4.1) for fields and directives.</summary>
public static partial class InputValues
{
    /// <summary>CoerceArgumentValues (spec 6.4.1) for a field or directive. Throws a <see cref="GraphQLException"/>
    /// (BAD_USER_INPUT, located at the argument) for a missing or invalid argument.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        NamedCollection<InputValue> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode? owner = null)
    {
        if (definitions.Count == 0)
            return NoValues;

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? argument = null;
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Name.Value == definition.Name)
                {
                    argument = arguments[i];
                    break;
                }
            }

            var literal = argument?.Value;
            var hasValue = literal is not null && !IsMissingVariable(literal, variables);
            if (!hasValue && definition.DefaultValue is not null)
            {
                string? defaultReason = null;
                if (!TryValueFromAst(definition.DefaultValue, definition.Type, null, ref defaultReason, out var defaultValue))
                    throw ArgumentError($"Argument \"{definition.Name}\" has an invalid default value: {defaultReason}", argument ?? owner);
                coerced[definition.Name] = defaultValue;
                continue;
            }
            if (!hasValue)
            {
                if (definition.Type is NonNullType)
                    throw ArgumentError($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.", argument ?? owner);
                continue;
            }

            string? reason = null;
            if (!TryValueFromAst(literal!, definition.Type, variables, ref reason, out var value))
                throw ArgumentError($"Argument \"{definition.Name}\" has an invalid value: {reason}", argument);
            coerced[definition.Name] = value;
        }
        return coerced;
    }

    private static GraphQLException ArgumentError(string message, SyntaxNode? node) =>
        new(GraphQLError.At(message, ErrorCodes.BadUserInput, node));
}
