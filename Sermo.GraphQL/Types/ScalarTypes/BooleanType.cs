using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary>The spec's <c>Boolean</c> (spec 3.5.4). Numeric results map to their truthiness; input must be a boolean.</summary>
public sealed class BooleanType() : ScalarType("Boolean", "`true` or `false`.")
{
    public override object Serialize(object value) => value switch
    {
        bool b => b,
        _ when NumericValues.TryGetDouble(value, out var d) && double.IsFinite(d) => d != 0,
        _ => throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}"),
    };

    public override object ParseValue(object value) => value is bool b
        ? b
        : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) => literal is BooleanValueNode booleanNode
        ? booleanNode.Value
        : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");

    public override ValueNode ToLiteral(object value) => new BooleanValueNode((bool)Serialize(value));
}
