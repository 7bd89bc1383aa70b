using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 for directives: every argument given to a known directive is defined by it.</summary>
public sealed class KnownArgumentNamesOnDirectivesRule : IValidationRule, ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContextBase _context;

        // Built at the first directive met, so the many documents that use none do not pay for a table of every directive.
        private Dictionary<string, IReadOnlyList<string>>? _argumentNamesByDirective;

        public Visitor(ValidationContextBase context) => _context = context;

        private static Dictionary<string, IReadOnlyList<string>> BuildArgumentNames(ValidationContextBase context)
        {
            var argumentNamesByDirective = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var directive in DirectiveCatalog.SchemaDirectives(context))
                argumentNamesByDirective[directive.Name] = directive.Arguments.Select(argument => argument.Name).ToList();
            foreach (var definition in DirectiveCatalog.DefinedInDocument(context))
                argumentNamesByDirective[definition.Name.Value] = definition.Arguments.Select(argument => argument.Name.Value).ToList();
            return argumentNamesByDirective;
        }

        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is not DirectiveNode directive)
                return VisitAction.Continue;
            var directiveName = directive.Name.Value;
            if ((_argumentNamesByDirective ??= BuildArgumentNames(_context)).TryGetValue(directiveName, out var known))
            {
                foreach (var argument in directive.Arguments)
                {
                    var name = argument.Name.Value;
                    if (!known.Contains(name))
                        _context.ReportError(
                            $"Unknown argument \"{name}\" on directive \"@{directiveName}\".{_context.DidYouMean(() => Suggestions.Closest(name, known))}",
                            argument);
                }
            }
            // A directive's arguments are checked here, never as arguments of the enclosing field.
            return VisitAction.SkipChildren;
        }
    }
}
