using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1: an operation defines each variable name once; all definitions of a repeated name
/// are reported together.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation)
            {
                foreach (var group in operation.VariableDefinitions.GroupBy(definition => definition.Variable.Name.Value, StringComparer.Ordinal))
                {
                    if (group.Count() > 1)
                        context.ReportError($"There can be only one variable named \"${group.Key}\".", group.Select(definition => definition.Variable.Name));
                }
            }
            return VisitAction.Continue;
        }
    }
}
