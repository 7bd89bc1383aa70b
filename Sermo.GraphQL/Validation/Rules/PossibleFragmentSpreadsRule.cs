using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3: a fragment may only be spread where some object could match both the enclosing
/// type and the fragment's type condition.</summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case InlineFragmentNode inline:
                    // TypeInfo has entered the fragment: its type is the condition, the parent is the enclosing type.
                    if (context.Type is NamedType fragmentType && fragmentType.IsCompositeType()
                        && context.ParentType is { } parentType && parentType.IsCompositeType()
                        && !TypeReferences.Overlap(context.Schema, fragmentType, parentType))
                    {
                        context.ReportError(
                            $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                            inline);
                    }
                    break;
                case FragmentSpreadNode spread:
                    var fragmentName = spread.Name.Value;
                    if (FragmentType(fragmentName) is { } spreadType
                        && context.ParentType is { } spreadParent && spreadParent.IsCompositeType()
                        && !TypeReferences.Overlap(context.Schema, spreadType, spreadParent))
                    {
                        context.ReportError(
                            $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{spreadParent.Name}\" can never be of type \"{spreadType.Name}\".",
                            spread);
                    }
                    break;
            }
            return VisitAction.Continue;
        }

        private NamedType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment
            && TypeReferences.FromSyntax(context.Schema, fragment.TypeCondition) is NamedType type
            && type.IsCompositeType()
                ? type
                : null;
    }
}
