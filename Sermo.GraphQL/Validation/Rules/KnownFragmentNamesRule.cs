using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1: every fragment spread names a fragment defined in the document.</summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
                context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
            return VisitAction.Continue;
        }
    }
}
