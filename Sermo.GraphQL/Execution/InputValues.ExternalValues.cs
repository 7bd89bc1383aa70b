using System.Collections;
using System.Text;
using System.Text.Json;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>Input coercion of external (JSON-shaped) values (spec 3.x input coercion rules), with the path of a
/// failing part.</summary>
public static partial class InputValues
{
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
