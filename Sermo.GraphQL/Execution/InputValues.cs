using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>Input coercion (spec 6.1.2 CoerceVariableValues, 6.4.1 CoerceArgumentValues, 3.x input coercion
/// rules and the valueFromAST algorithm): external values and literals become internal values. One concern a file: variables
/// (InputValues.Variables.cs), external values (.ExternalValues.cs), literals (.Literals.cs), arguments (.Arguments.cs)
/// and type references (.TypeReferences.cs).</summary>
public static partial class InputValues
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>(0);
}
