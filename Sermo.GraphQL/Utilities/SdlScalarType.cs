using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Utilities;

/// <summary>A <c>scalar X</c> defined in SDL: its name, description and directives come from the document,
/// its coercion from a bound scalar, or, when none is bound, values pass through as they are (as in graphql-js).</summary>
internal sealed class SdlScalarType(string name, string? description, ScalarType? coercion) : ScalarType(name, description)
{
    public override object Serialize(object value) => coercion is null ? value : coercion.Serialize(value);

    public override object ParseValue(object value) => coercion is null ? value : coercion.ParseValue(value);

    public override object ParseLiteral(ValueNode literal) =>
        coercion is null ? ValueLiterals.ToUntypedValue(literal) ?? throw new ScalarCoercionException($"{Name} cannot represent null.") : coercion.ParseLiteral(literal);

    public override ValueNode ToLiteral(object value) =>
        coercion is null ? ValueLiterals.FromUntypedValue(value) : coercion.ToLiteral(value);
}
