using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>SDL: each directive is defined once, and not again when the schema being extended has it.</summary>
public sealed class UniqueDirectiveNamesRule : ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is DirectiveDefinitionNode directive)
            {
                var name = directive.Name;
                if (context.SchemaToExtend?.GetDirective(name.Value) is not null)
                    context.ReportError($"Directive \"@{name.Value}\" already exists in the schema. It cannot be redefined.", name);
                else if (_known.TryGetValue(name.Value, out var first))
                    context.ReportError($"There can be only one directive named \"@{name.Value}\".", first, name);
                else
                    _known[name.Value] = name;
            }
            return node is DefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;
        }
    }
}
