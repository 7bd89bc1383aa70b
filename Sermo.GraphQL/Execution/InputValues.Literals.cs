using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>valueFromAST: literals (and the variables inside them) become internal values.</summary>
public static partial class InputValues
{
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
}
