using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Validation;

/// <summary>A custom scalar whose coercion fails with an ordinary exception rather than a
/// <see cref="ScalarCoercionException"/>, as a careless custom scalar would.</summary>
internal sealed class RejectingScalar(string name) : ScalarType(name)
{
    public override object Serialize(object value) => throw new InvalidOperationException($"{Name} produces no results.");
    public override object ParseValue(object value) => throw new InvalidOperationException($"{Name} accepts no values.");
    public override object ParseLiteral(ValueNode literal) => throw new InvalidOperationException($"{Name} accepts no literals.");
    public override ValueNode ToLiteral(object value) => throw new InvalidOperationException($"{Name} has no literals.");
}
