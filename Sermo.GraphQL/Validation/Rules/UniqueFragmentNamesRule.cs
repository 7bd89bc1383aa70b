using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1: no two fragments share a name.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case FragmentDefinitionNode fragment:
                    var name = fragment.Name;
                    if (_known.TryGetValue(name.Value, out var first))
                        context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
                    else
                        _known[name.Value] = name;
                    return VisitAction.SkipChildren;
                case OperationDefinitionNode:
                    return VisitAction.SkipChildren;
                default:
                    return VisitAction.Continue;
            }
        }
    }
}
