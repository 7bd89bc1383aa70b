using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.5: a variable is only used where its type fits the expected type. A nullable variable
/// may stand for a non-null position only when the variable or the position has a default; a field of a
/// one-of input object needs a non-null variable.</summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : WholeOperationVisitor
    {
        protected override void Check(OperationDefinitionNode operation)
        {
            // Most operations define no variables: then no usage can be checked against a definition.
            if (operation.VariableDefinitions.Count == 0)
                return;
            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
                definitions[definition.Variable.Name.Value] = definition;
            var schema = context.Schema;
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
                    continue;
                if (TypeReferences.FromSyntax(schema, definition.Type) is not { } variableType)
                    continue;
                if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.DefaultValue))
                {
                    context.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        definition, usage.Node);
                }
                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    context.ReportError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        definition, usage.Node);
                }
            }
        }

        private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, ValueNode? locationDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var variableHasNonNullDefault = variableDefault is not null and not NullValueNode;
                if (!variableHasNonNullDefault && locationDefault is null)
                    return false;
                return TypeReferences.IsSubTypeOf(schema, variableType, nonNullLocation.OfType);
            }
            return TypeReferences.IsSubTypeOf(schema, variableType, locationType);
        }
    }
}
