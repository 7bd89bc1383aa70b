using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1 for directives: every required argument (non-null, no default) of a directive is given.</summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRule : IValidationRule, ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContextBase _context;

        // Per directive: its required arguments' names and types as written. Built at the first directive
        // met, so the many documents that use none do not pay for a table of every directive.
        private Dictionary<string, List<(string Name, string Type)>>? _required;

        public Visitor(ValidationContextBase context) => _context = context;

        private static Dictionary<string, List<(string Name, string Type)>> BuildRequired(ValidationContextBase context)
        {
            var required = new Dictionary<string, List<(string Name, string Type)>>(StringComparer.Ordinal);
            foreach (var directive in DirectiveCatalog.SchemaDirectives(context))
            {
                required[directive.Name] = directive.Arguments
                    .Where(argument => argument.Type is NonNullType && !argument.HasDefaultValue)
                    .Select(argument => (argument.Name, argument.Type.ToString()))
                    .ToList();
            }
            foreach (var definition in DirectiveCatalog.DefinedInDocument(context))
            {
                required[definition.Name.Value] = definition.Arguments
                    .Where(argument => argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    .Select(argument => (argument.Name.Value, Printer.Print(argument.Type)))
                    .ToList();
            }
            return required;
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is not DirectiveNode directive || !(_required ??= BuildRequired(_context)).TryGetValue(directive.Name.Value, out var required))
                return;
            foreach (var (name, type) in required)
            {
                if (!directive.Arguments.Any(argument => argument.Name.Value == name))
                    _context.ReportError(
                        $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                        directive);
            }
        }
    }
}
