using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4: every fragment is used by some operation (directly or through other fragments).</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    return VisitAction.SkipChildren;
                case FragmentDefinitionNode fragment:
                    _fragments.Add(fragment);
                    return VisitAction.SkipChildren;
                default:
                    return VisitAction.Continue;
            }
        }

        public override void Leave(SyntaxNode node)
        {
            // Most documents define no fragments: then none can be unused.
            if (node is not DocumentNode || _fragments.Count == 0)
                return;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in _operations)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                    used.Add(fragment.Name.Value);
            }
            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
