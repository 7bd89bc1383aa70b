using System.Globalization;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary><c>Long</c>: a signed 64-bit integer written as a JSON number (clients in JavaScript lose
/// precision beyond 2^53; the partner API asked for numbers regardless).</summary>
public sealed class LongType() : ScalarType("Long", "A signed 64-bit whole number, written as a JSON number.")
{
    public override object Serialize(object value)
    {
        var number = value switch
        {
            string text when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => value,
        };
        return ToLong(number, value);
    }

    public override object ParseValue(object value) => ToLong(value, value);

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intNode)
            throw new ScalarCoercionException($"Long cannot represent non-integer value: {Printer.Print(literal)}");
        return long.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new ScalarCoercionException($"Long cannot represent non 64-bit signed integer value: {intNode.Value}");
    }

    public override ValueNode ToLiteral(object value) =>
        new IntValueNode(((long)Serialize(value)).ToString(CultureInfo.InvariantCulture));

    private static long ToLong(object number, object original)
    {
        if (!NumericValues.IsIntegral(number))
            throw new ScalarCoercionException($"Long cannot represent non-integer value: {ValueInspector.Inspect(original)}");
        return NumericValues.TryGetInt64(number, out var integer, out _)
            ? integer
            : throw new ScalarCoercionException($"Long cannot represent non 64-bit signed integer value: {ValueInspector.Inspect(original)}");
    }
}
