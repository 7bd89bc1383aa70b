using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3: a non-repeatable directive appears at most once per location. A type and its
/// extensions count as one location, as do the schema definition and its extensions.</summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule, ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContextBase _context;

        // Built at the first directive met, so the many documents that use none do not pay for a table of every directive.
        private Dictionary<string, bool>? _isUniqueByName;
        // Only type-system documents (SDL) need these; created at their first use.
        private Dictionary<string, DirectiveNode>? _schemaDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

        public Visitor(ValidationContextBase context) => _context = context;

        private static Dictionary<string, bool> BuildIsUniqueByName(ValidationContextBase context)
        {
            var isUniqueByName = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var directive in DirectiveCatalog.SchemaDirectives(context))
                isUniqueByName[directive.Name] = !directive.IsRepeatable;
            foreach (var definition in DirectiveCatalog.DefinedInDocument(context))
                isUniqueByName[definition.Name.Value] = !definition.Repeatable;
            return isUniqueByName;
        }

        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is not IHasDirectives owner || owner.Directives.Count == 0)
                return VisitAction.Continue;
            _isUniqueByName ??= BuildIsUniqueByName(_context);
            Dictionary<string, DirectiveNode> seen;
            switch (node)
            {
                case SchemaDefinitionNode:
                    seen = _schemaDirectives ??= new(StringComparer.Ordinal);
                    break;
                case TypeDefinitionNode type:
                    _typeDirectives ??= new(StringComparer.Ordinal);
                    if (!_typeDirectives.TryGetValue(type.Name.Value, out seen!))
                        _typeDirectives[type.Name.Value] = seen = new(StringComparer.Ordinal);
                    break;
                default:
                    seen = new(StringComparer.Ordinal);
                    break;
            }
            foreach (var directive in owner.Directives)
            {
                var name = directive.Name.Value;
                if (!_isUniqueByName.GetValueOrDefault(name))
                    continue;
                if (seen.TryGetValue(name, out var first))
                    _context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                else
                    seen[name] = directive;
            }
            return VisitAction.Continue;
        }
    }
}
