using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.1: a selected field must be defined on the type it is selected on. The error suggests
/// the types that do define it (when the parent is abstract), else similarly named fields.</summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is FieldNode field && context.ParentType is { } parentType && context.FieldDefinition is null)
            {
                var fieldName = field.Name.Value;
                var hint = context.DidYouMean(() => SuggestedTypeNames(parentType, fieldName), "to use an inline fragment on");
                if (hint.Length == 0)
                    hint = context.DidYouMean(() => SuggestedFieldNames(parentType, fieldName));
                context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\".{hint}", field);
            }
            return VisitAction.Continue;
        }

        // The possible types of an abstract parent that define the field, and their interfaces that do:
        // the types most often defining it first, then interfaces before the types implementing them.
        private List<string> SuggestedTypeNames(NamedType parentType, string fieldName)
        {
            if (!parentType.IsAbstractType())
                return [];
            var schema = context.Schema;
            var suggested = new List<ComplexType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(parentType))
            {
                if (!possibleType.Fields.Contains(fieldName))
                    continue;
                suggested.Add(possibleType);
                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (!possibleInterface.Fields.Contains(fieldName))
                        continue;
                    if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                        suggested.Add(possibleInterface);
                    usageCount[possibleInterface.Name] = count + 1;
                }
            }
            var ordered = suggested.ToList();
            ordered.Sort((a, b) =>
            {
                var byUsage = usageCount[b.Name] - usageCount[a.Name];
                if (byUsage != 0)
                    return byUsage;
                if (a is InterfaceType && schema.IsSubType(a, b))
                    return -1;
                if (b is InterfaceType && schema.IsSubType(b, a))
                    return 1;
                return Suggestions.NaturalCompare(a.Name, b.Name);
            });
            return ordered.ConvertAll(type => type.Name);
        }

        private static IReadOnlyList<string> SuggestedFieldNames(NamedType parentType, string fieldName) =>
            parentType is ComplexType complex ? Suggestions.Closest(fieldName, complex.Fields.Select(field => field.Name)) : [];
    }
}
