using System.Collections;
using System.Text;
using System.Text.Json;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>Input coercion (spec 6.1.2 CoerceVariableValues, 6.4.1 CoerceArgumentValues, 3.x input coercion
/// rules and the valueFromAST algorithm): external values and literals become internal values.</summary>
public static class InputValues
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>(0);

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

    /// <summary>Coerces an external (JSON-shaped) value to the internal value of <paramref name="type"/>.
    /// Throws a <see cref="GraphQLException"/> (BAD_USER_INPUT) naming the path of the offending part.</summary>
    public static object? CoerceInputValue(object? value, GraphQLType type)
    {
        try
        {
            return Coerce(value, type, null);
        }
        catch (InputCoercionException failure)
        {
            var at = failure.Path is null ? "" : $" at \"value{failure.Path.Describe()}\"";
            throw new GraphQLException(GraphQLError.At(
                $"Invalid value {ValueDescriber.Describe(failure.Value)}{at}; {failure.Message}", ErrorCodes.BadUserInput));
        }
    }

    private static object? Coerce(object? value, GraphQLType type, InputPath? path)
    {
        if (value is JsonElement element)
            value = JsonElementValues.ToPlain(element);

        if (type is NonNullType nonNull)
        {
            if (value is null)
                throw new InputCoercionException($"Expected non-nullable type \"{type}\" not to be null.", value, path);
            return Coerce(value, nonNull.OfType, path);
        }
        if (value is null)
            return null;

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IEnumerable<KeyValuePair<string, object?>>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                        result.Add(Coerce(item, list.OfType, new InputPath(path, index++)));
                    return result;
                }
                return new List<object?>(1) { Coerce(value, list.OfType, path) };

            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, path);

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (ScalarCoercionException failure)
                {
                    throw new InputCoercionException(failure.Message, value, path);
                }
                catch (Exception failure) when (failure is InvalidCastException or FormatException or OverflowException or ArgumentException)
                {
                    throw new InputCoercionException($"{scalar.Name} cannot represent {ValueDescriber.Describe(value)}.", value, path);
                }

            case EnumType enumType:
                if (value is not string name)
                    throw new InputCoercionException($"Enum \"{enumType.Name}\" cannot represent non-string value: {ValueDescriber.Describe(value)}.", value, path);
                if (enumType.Values[name] is not { } enumValue)
                    throw new InputCoercionException($"Value \"{name}\" does not exist in \"{enumType.Name}\" enum.", value, path);
                return enumValue.Value;

            default:
                throw new InputCoercionException($"Type \"{type}\" is not an input type.", value, path);
        }
    }

    private static object CoerceInputObject(object value, InputObjectType type, InputPath? path)
    {
        if (value is not IReadOnlyDictionary<string, object?> fields)
            throw new InputCoercionException($"Expected type \"{type.Name}\" to be an object.", value, path);

        var coerced = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    string? reason = null;
                    if (TryValueFromAst(field.DefaultValue, field.Type, null, ref reason, out var defaultValue))
                        coerced[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    throw new InputCoercionException($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.", value, path);
                }
                continue;
            }
            coerced[field.Name] = Coerce(fieldValue, field.Type, new InputPath(path, field.Name));
        }

        foreach (var key in fields.Keys)
        {
            if (!type.Fields.Contains(key))
                throw new InputCoercionException($"Field \"{key}\" is not defined by type \"{type.Name}\".", value, path);
        }

        if (type.IsOneOf)
        {
            if (fields.Count != 1)
                throw new InputCoercionException($"Exactly one key must be specified for OneOf type \"{type.Name}\".", value, path);
            foreach (var (key, fieldValue) in fields)
            {
                if (fieldValue is null or JsonElement { ValueKind: JsonValueKind.Null })
                    throw new InputCoercionException($"Field \"{key}\" must be non-null.", value, path);
            }
        }
        return type.CreateValue is null ? coerced : type.CreateValue(coerced);
    }

    /// <summary>valueFromAST: the internal value of a literal (which may hold variables already coerced).
    /// False when the literal is not valid for the type.</summary>
    public static bool TryValueFromAst(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        string? reason = null;
        return TryValueFromAst(literal, type, variables, ref reason, out value);
    }

    internal static bool TryValueFromAst(
        ValueNode literal,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        ref string? reason,
        out object? value)
    {
        value = null;
        if (literal is VariableNode variable)
        {
            // A variable absent from the request counts as "no value"; the caller decides about defaults.
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                reason = $"Variable \"${variable.Name.Value}\" was not provided.";
                return false;
            }
            if (value is null && type is NonNullType)
            {
                reason = $"Variable \"${variable.Name.Value}\" must not be null for type \"{type}\".";
                return false;
            }
            return true;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                reason = $"Expected value of non-null type \"{type}\", found null.";
                return false;
            }
            return TryValueFromAst(literal, nonNull.OfType, variables, ref reason, out value);
        }

        if (literal is NullValueNode)
            return true;

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode items)
                {
                    var result = new List<object?>(items.Values.Count);
                    foreach (var item in items.Values)
                    {
                        if (IsMissingVariable(item, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                reason = $"Variable \"${((VariableNode)item).Name.Value}\" was not provided for a non-null list item.";
                                return false;
                            }
                            result.Add(null);
                            continue;
                        }
                        if (!TryValueFromAst(item, list.OfType, variables, ref reason, out var itemValue))
                            return false;
                        result.Add(itemValue);
                    }
                    value = result;
                    return true;
                }
                if (!TryValueFromAst(literal, list.OfType, variables, ref reason, out var single))
                    return false;
                value = new List<object?>(1) { single };
                return true;

            case InputObjectType inputObject:
                return TryInputObjectFromAst(literal, inputObject, variables, ref reason, out value);

            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(literal);
                    return true;
                }
                catch (ScalarCoercionException failure)
                {
                    reason = failure.Message;
                    return false;
                }
                catch (Exception failure) when (failure is InvalidCastException or FormatException or OverflowException or ArgumentException)
                {
                    reason = $"{scalar.Name} cannot represent this literal.";
                    return false;
                }

            case EnumType enumType:
                if (literal is EnumValueNode enumLiteral && enumType.Values[enumLiteral.Value] is { } enumValue)
                {
                    value = enumValue.Value;
                    return true;
                }
                reason = literal is EnumValueNode missing
                    ? $"Value \"{missing.Value}\" does not exist in \"{enumType.Name}\" enum."
                    : $"Enum \"{enumType.Name}\" cannot represent a non-enum literal.";
                return false;

            default:
                reason = $"Type \"{type}\" is not an input type.";
                return false;
        }
    }

    private static bool TryInputObjectFromAst(
        ValueNode literal,
        InputObjectType type,
        IReadOnlyDictionary<string, object?>? variables,
        ref string? reason,
        out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode objectLiteral)
        {
            reason = $"Expected type \"{type.Name}\" to be an object.";
            return false;
        }

        var coerced = new Dictionary<string, object?>(objectLiteral.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ValueNode? fieldLiteral = null;
            foreach (var given in objectLiteral.Fields)
            {
                if (given.Name.Value == field.Name)
                {
                    fieldLiteral = given.Value;
                    break;
                }
            }
            if (fieldLiteral is null || IsMissingVariable(fieldLiteral, variables))
            {
                if (field.DefaultValue is not null)
                {
                    if (!TryValueFromAst(field.DefaultValue, field.Type, null, ref reason, out var defaultValue))
                        return false;
                    coerced[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    reason = $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.";
                    return false;
                }
                continue;
            }
            if (!TryValueFromAst(fieldLiteral, field.Type, variables, ref reason, out var fieldValue))
                return false;
            coerced[field.Name] = fieldValue;
        }

        foreach (var given in objectLiteral.Fields)
        {
            if (!type.Fields.Contains(given.Name.Value))
            {
                reason = $"Field \"{given.Name.Value}\" is not defined by type \"{type.Name}\".";
                return false;
            }
        }

        if (type.IsOneOf)
        {
            if (objectLiteral.Fields.Count != 1)
            {
                reason = $"Exactly one key must be specified for OneOf type \"{type.Name}\".";
                return false;
            }
            if (coerced.Count != 1 || coerced.First().Value is null)
            {
                reason = $"Field \"{type.Name}.{objectLiteral.Fields[0].Name.Value}\" must be non-null.";
                return false;
            }
        }
        value = type.CreateValue is null ? coerced : type.CreateValue(coerced);
        return true;
    }

    private static bool IsMissingVariable(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

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

    /// <summary>A variable definition with the schema type it names, resolved once per compiled operation.</summary>
    internal sealed record VariableDefinition(VariableDefinitionNode Node, GraphQLType? Type);

    /// <summary>Where inside a variable's value coercion failed: field names and list indices.</summary>
    private sealed class InputPath(InputPath? parent, object key)
    {
        private InputPath? Parent { get; } = parent;
        private object Key { get; } = key;

        public string Describe()
        {
            var segments = new List<object>();
            for (var node = this; node is not null; node = node.Parent)
                segments.Add(node.Key);
            var text = new StringBuilder();
            for (var i = segments.Count - 1; i >= 0; i--)
            {
                if (segments[i] is int index)
                    text.Append('[').Append(index).Append(']');
                else
                    text.Append('.').Append(segments[i]);
            }
            return text.ToString();
        }
    }

    private sealed class InputCoercionException(string message, object? value, InputPath? path) : Exception(message)
    {
        public object? Value { get; } = value;
        public InputPath? Path { get; } = path;
    }
}
