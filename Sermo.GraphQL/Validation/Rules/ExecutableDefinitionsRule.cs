using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1: a document sent for execution holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is not DocumentNode document)
                return VisitAction.Continue;
            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                    continue;
                var name = definition switch
                {
                    TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                    DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                    _ => "schema",
                };
                context.ReportError($"The {name} definition is not executable.", definition);
            }
            return VisitAction.SkipChildren;
        }
    }
}
