using System.Runtime.CompilerServices;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.3.1: a subscription selects exactly one root field (counting through fragments), that
/// field is not an introspection field, and its root selections use neither @skip nor @include (the root
/// field must not depend on variables).</summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is OperationDefinitionNode { Operation: OperationType.Subscription } operation
                && context.Schema.SubscriptionType is { } subscriptionType)
            {
                Check(operation, subscriptionType);
            }
            return node is ExecutableDefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;
        }

        private void Check(OperationDefinitionNode operation, ObjectType subscriptionType)
        {
            var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            var collector = new RootFieldCollector(context, subscriptionType);
            collector.Collect(operation.SelectionSet);

            if (collector.ConditionalDirectives.Count > 0)
                context.ReportError($"{subject} must not use `@skip` or `@include` directives in the top level selection.", collector.ConditionalDirectives);
            if (collector.FieldsByResponseKey.Count > 1)
                context.ReportError($"{subject} must select only one top level field.", collector.FieldsByResponseKey.Skip(1).SelectMany(group => group.Value));
            foreach (var (_, fields) in collector.FieldsByResponseKey)
            {
                if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                    context.ReportError($"{subject} must not select an introspection top level field.", fields);
            }
        }
    }

    /// <summary>Collects the root fields of a subscription by response key, following fragments whose type
    /// condition applies, each fragment once; records @skip/@include found on the way instead of evaluating them.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType rootType)
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _indexByResponseKey = new(StringComparer.Ordinal);

        public List<KeyValuePair<string, List<FieldNode>>> FieldsByResponseKey { get; } = [];
        public List<DirectiveNode> ConditionalDirectives { get; } = [];

        public void Collect(SelectionSetNode selectionSet)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var selection in selectionSet.Selections)
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                        ConditionalDirectives.Add(directive);
                }
                switch (selection)
                {
                    case FieldNode field:
                        Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is null || Applies(inline.TypeCondition))
                            Collect(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        if (_visitedFragments.Add(spread.Name.Value)
                            && context.GetFragment(spread.Name.Value) is { } fragment
                            && Applies(fragment.TypeCondition))
                        {
                            Collect(fragment.SelectionSet);
                        }
                        break;
                }
            }
        }

        private void Add(FieldNode field)
        {
            var key = field.ResponseKey;
            if (_indexByResponseKey.TryGetValue(key, out var index))
            {
                FieldsByResponseKey[index].Value.Add(field);
                return;
            }
            _indexByResponseKey[key] = FieldsByResponseKey.Count;
            FieldsByResponseKey.Add(new(key, [field]));
        }

        private bool Applies(NamedTypeNode condition) =>
            TypeReferences.FromSyntax(context.Schema, condition) is NamedType type
            && (ReferenceEquals(type, rootType) || (type.IsAbstractType() && context.Schema.IsSubType(type, rootType)));
    }
}
