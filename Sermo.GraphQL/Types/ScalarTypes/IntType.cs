using System.Globalization;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary>The spec's <c>Int</c>: a signed 32-bit integer (spec 3.5.1).</summary>
public sealed class IntType() : ScalarType("Int", "A signed 32-bit integer.")
{
    public override object Serialize(object value)
    {
        var number = value switch
        {
            bool b => b ? 1 : 0,
            // A numeric string is a lossless representation of a number; any other string is refused below.
            string text when text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => value,
        };
        if (number is int i)
            return i;
        if (!NumericValues.IsIntegral(number))
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        if (!NumericValues.TryGetInt64(number, out var integer, out _) || integer is < int.MinValue or > int.MaxValue)
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        return (int)integer;
    }

    public override object ParseValue(object value)
    {
        if (value is int i)
            return i;
        if (!NumericValues.IsIntegral(value))
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        if (!NumericValues.TryGetInt64(value, out var integer, out _) || integer is < int.MinValue or > int.MaxValue)
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        return (int)integer;
    }

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intNode)
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {intNode.Value}");
        return result;
    }

    public override ValueNode ToLiteral(object value) =>
        new IntValueNode(((int)Serialize(value)).ToString(CultureInfo.InvariantCulture));
}
