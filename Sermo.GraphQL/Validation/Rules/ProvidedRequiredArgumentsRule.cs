using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1: every required argument (non-null, no default) of a field or directive is given.</summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    private static readonly ProvidedRequiredArgumentsOnDirectivesRule DirectiveArguments = new();

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context, DirectiveArguments.CreateVisitor(context));

    private sealed class Visitor(ValidationContext context, SyntaxVisitor directiveArguments) : SyntaxVisitor
    {
        public override void Leave(SyntaxNode node)
        {
            switch (node)
            {
                case DirectiveNode:
                    directiveArguments.Leave(node);
                    break;
                case FieldNode field when context.FieldDefinition is { } definition:
                    foreach (var argument in definition.Arguments)
                    {
                        if (argument.Type is NonNullType && !argument.HasDefaultValue
                            && !field.Arguments.Any(given => given.Name.Value == argument.Name))
                        {
                            context.ReportError(
                                $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                                field);
                        }
                    }
                    break;
            }
        }
    }
}
