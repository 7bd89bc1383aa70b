using System.Globalization;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary>The spec's <c>ID</c> (spec 3.5.5): serialized as a string; input may be a string or an integer.</summary>
public sealed class IdType() : ScalarType("ID", "A unique identifier, written as a string; input may also be an integer.")
{
    public override object Serialize(object value) => value switch
    {
        string text => text,
        Guid guid => guid.ToString("D"),
        _ when NumericValues.TryGetInt64(value, out var integer, out _) => integer.ToString(CultureInfo.InvariantCulture),
        _ when value is ulong or decimal && NumericValues.IsIntegral(value) => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        string text => text,
        _ when NumericValues.TryGetInt64(value, out var integer, out _) => integer.ToString(CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode stringNode => stringNode.Value,
        IntValueNode intNode => intNode.Value,
        _ => throw new ScalarCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };

    public override ValueNode ToLiteral(object value)
    {
        var text = (string)Serialize(value);
        return IsIntegerText(text) ? new IntValueNode(text) : new StringValueNode(text);
    }

    private static bool IsIntegerText(string text)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        return digits.Length > 0 && digits.IndexOfAnyExceptInRange('0', '9') < 0 && (digits.Length == 1 || digits[0] != '0');
    }
}
