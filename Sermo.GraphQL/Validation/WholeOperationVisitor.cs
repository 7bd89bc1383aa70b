using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation;

/// <summary>For rules that judge each operation as a whole, fragments it uses included (variables): they
/// need nothing from the walk, so they skip it, and check every operation once the document is done.</summary>
internal abstract class WholeOperationVisitor : SyntaxVisitor
{
    public sealed override VisitAction Enter(SyntaxNode node) =>
        node is ExecutableDefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;

    public sealed override void Leave(SyntaxNode node)
    {
        if (node is not DocumentNode document)
            return;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
                Check(operation);
        }
    }

    protected abstract void Check(OperationDefinitionNode operation);
}
