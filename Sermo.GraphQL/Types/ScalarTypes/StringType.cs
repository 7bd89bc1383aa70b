using System.Globalization;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary>The spec's <c>String</c>: UTF-8 text (spec 3.5.3). Results may be booleans or numbers, printed;
/// input must be a string.</summary>
public sealed class StringType() : ScalarType("String", "Text, as a sequence of Unicode characters.")
{
    public override object Serialize(object value) => value switch
    {
        string text => text,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        _ when NumericValues.TryGetDouble(value, out var d) && double.IsFinite(d) => ValueInspector.Inspect(value),
        _ => throw new ScalarCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override object ParseValue(object value) => value as string
        ?? throw new ScalarCoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode stringNode
        ? stringNode.Value
        : throw new ScalarCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value));
}
