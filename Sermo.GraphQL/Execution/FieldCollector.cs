using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>Spec 6.3.2 CollectFields, run once per (selection, concrete type, condition values) at compile time:
/// fragments are expanded, type conditions and <c>@skip</c>/<c>@include</c> decided, same-key fields merged.</summary>
internal static class FieldCollector
{
    public static SelectionPlan Collect(OperationVariant variant, ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var collection = new Collection(variant, type);
        foreach (var selectionSet in selectionSets)
            collection.Add(selectionSet);
        return collection.ToPlan();
    }

    private sealed class Collection(OperationVariant variant, ObjectType type)
    {
        private readonly List<(string Key, List<FieldNode> Nodes)> _groups = [];
        private readonly Dictionary<string, int> _groupIndex = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
        private readonly Schema _schema = variant.Operation.Schema;

        public void Add(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!IsIncluded(selection.Directives))
                    continue;
                switch (selection)
                {
                    case FieldNode field:
                        var key = field.ResponseKey;
                        if (_groupIndex.TryGetValue(key, out var index))
                            _groups[index].Nodes.Add(field);
                        else
                        {
                            _groupIndex[key] = _groups.Count;
                            _groups.Add((key, [field]));
                        }
                        break;
                    case FragmentSpreadNode spread:
                        if (!_visitedFragments.Add(spread.Name.Value))
                            break;
                        if (variant.Operation.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                            && Applies(fragment.TypeCondition))
                            Add(fragment.SelectionSet);
                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is null || Applies(inline.TypeCondition))
                            Add(inline.SelectionSet);
                        break;
                }
            }
        }

        public SelectionPlan ToPlan()
        {
            var fields = new List<CompiledField>(_groups.Count);
            foreach (var (key, nodes) in _groups)
            {
                var definition = FindField(nodes[0].Name.Value);
                // Validation guarantees the field exists; an unknown one is left out rather than failing the request.
                if (definition is not null)
                    fields.Add(new CompiledField(variant, type, key, definition, [.. nodes]));
            }
            return new SelectionPlan(type, [.. fields]);
        }

        private OutputField? FindField(string name)
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                if (name == "__typename")
                    return Introspection.TypeNameField;
                if (ReferenceEquals(type, _schema.QueryType))
                {
                    if (name == "__schema")
                        return Introspection.SchemaField;
                    if (name == "__type")
                        return Introspection.TypeField;
                }
            }
            return type.Fields[name];
        }

        private bool Applies(NamedTypeNode typeCondition)
        {
            var conditionType = _schema.GetType(typeCondition.Name.Value);
            return conditionType switch
            {
                ObjectType objectType => ReferenceEquals(objectType, type),
                InterfaceType or UnionType => _schema.IsPossibleType(conditionType, type),
                _ => false,
            };
        }

        private bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (name is not ("skip" or "include"))
                    continue;
                var condition = ConditionOf(directive);
                if (name == "skip" ? condition : !condition)
                    return false;
            }
            return true;
        }

        private bool ConditionOf(DirectiveNode directive)
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if")
                    continue;
                return argument.Value switch
                {
                    BooleanValueNode literal => literal.Value,
                    VariableNode variable => variant.ConditionValue(variable.Name.Value),
                    _ => false,
                };
            }
            return false;
        }
    }
}
