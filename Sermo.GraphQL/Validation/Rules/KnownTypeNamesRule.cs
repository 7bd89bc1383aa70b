using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.2 and 5.8.2 (and SDL): every type name referenced is defined, by the schema or by the
/// document. Inside type-system definitions the built-in scalars and introspection types always count as known.</summary>
public sealed class KnownTypeNamesRule : IValidationRule, ISdlValidationRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContextBase _context;
        private readonly HashSet<string> _definedInDocument = new(StringComparer.Ordinal);
        private bool _insideTypeSystemDefinition;

        public Visitor(ValidationContextBase context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode { IsExtension: false } type)
                    _definedInDocument.Add(type.Name.Value);
            }
        }

        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case DefinitionNode definition:
                    _insideTypeSystemDefinition = definition is TypeSystemDefinitionNode;
                    break;
                case NamedTypeNode named:
                    Check(named);
                    break;
            }
            return VisitAction.Continue;
        }

        private void Check(NamedTypeNode named)
        {
            var name = named.Name.Value;
            if (_context.TargetSchema?.GetType(name) is not null || _definedInDocument.Contains(name))
                return;
            if (_insideTypeSystemDefinition && StandardTypeNames.Contains(name))
                return;
            // Suggestions are only worked out for an error, so valid documents never list the schema's types.
            var hint = _context.DidYouMean(() =>
            {
                IEnumerable<string> candidates = (_context.TargetSchema?.Types.Select(type => type.Name) ?? []).Concat(_definedInDocument);
                if (_insideTypeSystemDefinition)
                    candidates = StandardTypeNames.Concat(candidates);
                return Suggestions.Closest(name, candidates.Distinct());
            });
            _context.ReportError($"Unknown type \"{name}\".{hint}", named);
        }
    }
}
