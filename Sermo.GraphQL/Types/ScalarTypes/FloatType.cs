using System.Globalization;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary>The spec's <c>Float</c>: a finite IEEE 754 double (spec 3.5.2); integers are accepted as input.</summary>
public sealed class FloatType() : ScalarType("Float", "A finite double-precision (IEEE 754) number.")
{
    public override object Serialize(object value)
    {
        var number = value switch
        {
            bool b => b ? 1d : 0d,
            string text when text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ when NumericValues.TryGetDouble(value, out var d) => d,
            _ => double.NaN,
        };
        if (!double.IsFinite(number))
            throw new ScalarCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        return number;
    }

    public override object ParseValue(object value)
    {
        if (!NumericValues.TryGetDouble(value, out var number) || !double.IsFinite(number))
            throw new ScalarCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        return number;
    }

    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode intNode => intNode.Value,
            FloatValueNode floatNode => floatNode.Value,
            _ => throw new ScalarCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
        };
        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(number))
            throw new ScalarCoercionException($"Float cannot represent non numeric value: {text}");
        return number;
    }

    public override ValueNode ToLiteral(object value)
    {
        var number = (double)Serialize(value);
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        // Integral values print without a fraction, and then read back as Int literals (which Float accepts).
        return text.All(c => char.IsAsciiDigit(c) || c == '-') ? new IntValueNode(text) : new FloatValueNode(text);
    }
}
