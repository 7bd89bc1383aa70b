using System.Runtime.CompilerServices;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation;

/// <summary>Runs many visitors in one walk: each node is entered and left once, and every visitor sees it
/// unless that visitor chose to skip the subtree it is in. The optional <see cref="TypeInfo"/> is updated
/// before the visitors enter a node and after they leave it, so they read the state of that node.</summary>
internal sealed class ParallelVisitor(IReadOnlyList<SyntaxVisitor> visitors, TypeInfo? typeInfo) : SyntaxVisitor
{
    // For each visitor, the node whose subtree it is skipping (null when it is not skipping).
    private readonly SyntaxNode?[] _skipping = new SyntaxNode?[visitors.Count];

    public override VisitAction Enter(SyntaxNode node)
    {
        // The walk recurses once per nesting level: stop cleanly (the validators report it) rather than overflow.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        typeInfo?.Enter(node);
        for (var i = 0; i < visitors.Count; i++)
        {
            if (_skipping[i] is null && visitors[i].Enter(node) == VisitAction.SkipChildren)
                _skipping[i] = node;
        }
        return VisitAction.Continue;
    }

    public override void Leave(SyntaxNode node)
    {
        for (var i = 0; i < visitors.Count; i++)
        {
            if (_skipping[i] is null)
                visitors[i].Leave(node);
            else if (ReferenceEquals(_skipping[i], node))
                _skipping[i] = null;
        }
        typeInfo?.Leave(node);
    }
}
