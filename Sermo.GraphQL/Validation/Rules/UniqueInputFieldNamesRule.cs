using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3: an input object literal gives each field at most once.</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule, ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContextBase context) : SyntaxVisitor
    {
        // The field names seen in each input object literal being walked, innermost last.
        private readonly Stack<Dictionary<string, NameNode>> _knownNames = new();

        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case ObjectValueNode:
                    _knownNames.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                    break;
                case ObjectFieldNode field when _knownNames.TryPeek(out var known):
                    if (known.TryGetValue(field.Name.Value, out var first))
                        context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                    else
                        known[field.Name.Value] = field.Name;
                    break;
            }
            return VisitAction.Continue;
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is ObjectValueNode)
                _knownNames.Pop();
        }
    }
}
