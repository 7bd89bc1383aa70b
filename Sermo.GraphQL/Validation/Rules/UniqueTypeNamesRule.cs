using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>SDL: each type is defined once, and not again when it already exists in the schema being extended.</summary>
public sealed class UniqueTypeNamesRule : ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is TypeDefinitionNode { IsExtension: false } definition)
            {
                var name = definition.Name;
                if (context.SchemaToExtend?.GetType(name.Value) is not null)
                    context.ReportError($"Type \"{name.Value}\" already exists in the schema. It cannot also be defined in this type definition.", name);
                else if (_known.TryGetValue(name.Value, out var first))
                    context.ReportError($"There can be only one type named \"{name.Value}\".", first, name);
                else
                    _known[name.Value] = name;
            }
            return node is DefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;
        }
    }
}
