using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1: directives are defined, and used only at the locations their definition allows.</summary>
public sealed class KnownDirectivesRule : IValidationRule, ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContextBase _context;
        private Dictionary<string, HashSet<string>>? _locationsByName;
        private readonly Stack<SyntaxNode> _owners = new();
        private bool _insideInputObject;

        public Visitor(ValidationContextBase context) => _context = context;

        // Built at the first directive met: most documents use none.
        private Dictionary<string, HashSet<string>> LocationsByName()
        {
            if (_locationsByName is not null)
                return _locationsByName;
            _locationsByName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var directive in DirectiveCatalog.SchemaDirectives(_context))
                _locationsByName[directive.Name] = directive.Locations.Select(location => location.ToString()).ToHashSet(StringComparer.Ordinal);
            foreach (var definition in DirectiveCatalog.DefinedInDocument(_context))
                _locationsByName[definition.Name.Value] = definition.Locations.Select(location => location.Value).ToHashSet(StringComparer.Ordinal);
            return _locationsByName;
        }

        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case InputObjectTypeDefinitionNode:
                    _insideInputObject = true;
                    break;
                case DirectiveNode directive:
                    Check(directive);
                    break;
            }
            if (node is IHasDirectives)
                _owners.Push(node);
            return VisitAction.Continue;
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is InputObjectTypeDefinitionNode)
                _insideInputObject = false;
            if (node is IHasDirectives)
                _owners.Pop();
        }

        private void Check(DirectiveNode directive)
        {
            var name = directive.Name.Value;
            if (!LocationsByName().TryGetValue(name, out var allowed))
            {
                _context.ReportError($"Unknown directive \"@{name}\".", directive);
                return;
            }
            if (_owners.TryPeek(out var owner) && DirectiveCatalog.LocationOf(owner, _insideInputObject)?.ToString() is { } location
                && !allowed.Contains(location))
            {
                _context.ReportError($"Directive \"@{name}\" may not be used on {location}.", directive);
            }
        }
    }
}
