using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3: leaf fields have no selection set, and fields of composite type must have one.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is not FieldNode field || context.Type is not { } type)
                return VisitAction.Continue;
            var fieldName = field.Name.Value;
            if (type.NamedType().IsLeafType())
            {
                if (field.SelectionSet is { } selectionSet)
                    context.ReportError($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    field);
            }
            return VisitAction.Continue;
        }
    }
}
