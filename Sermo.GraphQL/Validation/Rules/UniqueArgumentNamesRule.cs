using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2: a field or directive is given each argument at most once; all occurrences of a
/// repeated name are reported together.</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule, ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContextBase context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => null,
            };
            if (arguments is { Count: > 1 })
            {
                foreach (var group in arguments.GroupBy(argument => argument.Name.Value, StringComparer.Ordinal))
                {
                    if (group.Count() > 1)
                        context.ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(argument => argument.Name));
                }
            }
            return VisitAction.Continue;
        }
    }
}
