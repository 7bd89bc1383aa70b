using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1: every argument given to a field or directive is defined by it.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    private static readonly KnownArgumentNamesOnDirectivesRule DirectiveArguments = new();

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context, DirectiveArguments.CreateVisitor(context));

    private sealed class Visitor(ValidationContext context, SyntaxVisitor directiveArguments) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case DirectiveNode:
                    return directiveArguments.Enter(node);
                case ArgumentNode argument when context.Argument is null
                    && context.FieldDefinition is { } field && context.ParentType is { } parentType:
                    var name = argument.Name.Value;
                    var hint = context.DidYouMean(() => Suggestions.Closest(name, field.Arguments.Select(definition => definition.Name)));
                    context.ReportError(
                        $"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\".{hint}",
                        argument);
                    return VisitAction.Continue;
                default:
                    return VisitAction.Continue;
            }
        }
    }
}
