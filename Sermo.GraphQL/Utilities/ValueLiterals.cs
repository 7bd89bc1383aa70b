using System.Collections;
using System.Globalization;
using System.Reflection;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Utilities;

/// <summary>Turns input values into the literals that SDL and introspection print.</summary>
public static class ValueLiterals
{
    /// <summary>The literal for an internal value of an input type (graphql-js's astFromValue): used for default
    /// values that code-first gives as .NET values. Null when the value cannot be written for that type (null
    /// for a non-null type); a list type accepts a single item; an input object takes a dictionary or a .NET
    /// object whose properties are named like its fields.</summary>
    public static ValueNode? FromValue(object? internalValue, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = FromValue(internalValue, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (internalValue is null)
            return NullValueNode.Instance;
        switch (type)
        {
            case ListType list:
                if (internalValue is IEnumerable items and not string)
                {
                    var values = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (FromValue(item, list.OfType) is { } itemNode)
                            values.Add(itemNode);
                    }
                    return new ListValueNode(values);
                }
                return FromValue(internalValue, list.OfType);
            case InputObjectType input:
                return FromObject(internalValue, input);
            case EnumType enumType:
                return FromEnum(internalValue, enumType);
            case ScalarType scalar:
                return scalar.ToLiteral(internalValue);
            default:
                throw new ArgumentException($"Type {type} is not an input type.", nameof(type));
        }
    }

    /// <summary>A const literal rewritten as graphql-js prints a default value after coercing it: scalars in
    /// their canonical form (<c>1.0</c> for a Float prints <c>1</c>), input object fields in definition order
    /// with their own defaults filled in, a single item given for a list left as the item. A literal the type
    /// does not accept is left as written (the validator reports it).</summary>
    public static ValueNode Normalize(ValueNode literal, GraphQLType type)
    {
        if (literal is NullValueNode or VariableNode)
            return literal;
        switch (type)
        {
            case NonNullType nonNull:
                return Normalize(literal, nonNull.OfType);
            case ListType list:
                return literal is ListValueNode listNode
                    ? new ListValueNode(listNode.Values.Select(item => Normalize(item, list.OfType)).ToList(), listNode.Location)
                    : Normalize(literal, list.OfType);
            case InputObjectType input when literal is ObjectValueNode objectNode:
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    var given = objectNode.Fields.FirstOrDefault(node => node.Name.Value == field.Name)?.Value ?? field.DefaultValue;
                    if (given is not null)
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), Normalize(given, field.Type)));
                }
                return new ObjectValueNode(fields, objectNode.Location);
            case ScalarType scalar:
                try
                {
                    return scalar.ToLiteral(scalar.ParseLiteral(literal));
                }
                catch (ScalarCoercionException)
                {
                    return literal;
                }
            default:
                return literal;
        }
    }

    /// <summary>A const literal as a plain .NET value, with no type to guide it: numbers become int, long or
    /// double, enum values their name, lists and objects List and Dictionary.</summary>
    internal static object? ToUntypedValue(ValueNode literal) => literal switch
    {
        NullValueNode => null,
        IntValueNode intNode => int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
            ? small
            : long.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)
                ? large
                : double.Parse(intNode.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode floatNode => double.Parse(floatNode.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode stringNode => stringNode.Value,
        BooleanValueNode booleanNode => booleanNode.Value,
        EnumValueNode enumNode => enumNode.Value,
        ListValueNode listNode => listNode.Values.Select(ToUntypedValue).ToList(),
        ObjectValueNode objectNode => objectNode.Fields.ToDictionary(field => field.Name.Value, field => ToUntypedValue(field.Value), StringComparer.Ordinal),
        _ => throw new ScalarCoercionException("Variables cannot be coerced without a type."),
    };

    /// <summary>A plain .NET value (as <see cref="ToUntypedValue"/> gives, or JSON-shaped) back to a literal.</summary>
    internal static ValueNode FromUntypedValue(object? value) => value switch
    {
        null => NullValueNode.Instance,
        string text => new StringValueNode(text),
        bool b => new BooleanValueNode(b),
        double d => new FloatValueNode(d.ToString("R", CultureInfo.InvariantCulture)),
        float f => new FloatValueNode(f.ToString("R", CultureInfo.InvariantCulture)),
        decimal m => new FloatValueNode(m.ToString(CultureInfo.InvariantCulture)),
        IFormattable number when NumericValuesAreIntegral(value) => new IntValueNode(number.ToString(null, CultureInfo.InvariantCulture)),
        IEnumerable<KeyValuePair<string, object?>> map => new ObjectValueNode(map.Select(entry => new ObjectFieldNode(new NameNode(entry.Key), FromUntypedValue(entry.Value))).ToList()),
        IEnumerable items => new ListValueNode(items.Cast<object?>().Select(FromUntypedValue).ToList()),
        _ => new StringValueNode(value.ToString() ?? ""),
    };

    private static bool NumericValuesAreIntegral(object value) => value is int or long or short or byte or sbyte or uint or ulong or ushort;

    private static EnumValueNode FromEnum(object value, EnumType enumType)
    {
        var enumValue = (value is string name ? enumType.Values[name] : null) ?? enumType.FindByRuntimeValue(value);
        return enumValue is not null
            ? new EnumValueNode(enumValue.Name)
            : throw new ArgumentException($"Enum \"{enumType.Name}\" cannot represent value: {value}", nameof(value));
    }

    private static ObjectValueNode FromObject(object value, InputObjectType input)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in input.Fields)
        {
            if (!TryGetMember(value, field.Name, out var fieldValue))
                continue;
            if (FromValue(fieldValue, field.Type) is { } fieldNode)
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), fieldNode));
        }
        return new ObjectValueNode(fields);
    }

    private static bool TryGetMember(object value, string name, out object? member)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out member);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out member);
            case IDictionary untyped:
                member = untyped.Contains(name) ? untyped[name] : null;
                return untyped.Contains(name);
        }
        // Code-first input classes name their properties in PascalCase for fields named in camelCase.
        var property = value.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        member = property?.GetValue(value);
        return property is not null;
    }
}
