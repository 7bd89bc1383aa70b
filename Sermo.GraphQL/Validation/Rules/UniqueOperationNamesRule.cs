using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1: no two operations share a name.</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case OperationDefinitionNode { Name: { } name }:
                    if (_known.TryGetValue(name.Value, out var first))
                        context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                    else
                        _known[name.Value] = name;
                    return VisitAction.SkipChildren;
                case ExecutableDefinitionNode:
                    return VisitAction.SkipChildren;
                default:
                    return VisitAction.Continue;
            }
        }
    }
}
