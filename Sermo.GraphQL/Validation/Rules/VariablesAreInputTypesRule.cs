using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2: variables can only be of scalar, enum or input object types (possibly wrapped).</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is VariableDefinitionNode variable
                && TypeReferences.FromSyntax(context.Schema, variable.Type) is { } type
                && !type.IsInputType())
            {
                context.ReportError(
                    $"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(variable.Type)}\".",
                    variable.Type);
            }
            return VisitAction.Continue;
        }
    }
}
