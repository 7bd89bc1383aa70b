using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3: fragments may only condition on objects, interfaces and unions.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } condition }:
                    if (IsNonComposite(condition))
                        context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
                    break;
                case FragmentDefinitionNode fragment:
                    if (IsNonComposite(fragment.TypeCondition))
                        context.ReportError(
                            $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                            fragment.TypeCondition);
                    break;
            }
            return VisitAction.Continue;
        }

        // An unknown type is KnownTypeNames' error, not this rule's.
        private bool IsNonComposite(NamedTypeNode condition) =>
            TypeReferences.FromSyntax(context.Schema, condition) is { } type && !type.IsCompositeType();
    }
}
