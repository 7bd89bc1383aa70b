using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1: an anonymous operation must be the document's only operation.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private int _operationCount;

        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case DocumentNode document:
                    _operationCount = document.Definitions.Count(definition => definition is OperationDefinitionNode);
                    return VisitAction.Continue;
                case OperationDefinitionNode operation:
                    if (operation.Name is null && _operationCount > 1)
                        context.ReportError("This anonymous operation must be the only defined operation.", operation);
                    return VisitAction.SkipChildren;
                case FragmentDefinitionNode:
                    return VisitAction.SkipChildren;
                default:
                    return VisitAction.Continue;
            }
        }
    }
}
