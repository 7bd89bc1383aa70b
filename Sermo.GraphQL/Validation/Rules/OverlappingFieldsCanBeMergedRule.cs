using System.Runtime.CompilerServices;
using System.Text;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.2: fields that produce the same response key can be merged: unless their parents are
/// distinct object types they are the same field with the same arguments, their types have the same shape,
/// and their sub-selections merge too.
///
/// Each selection set in the document (other than an inline fragment's, which is part of the one around it)
/// compares the fields "within" it once; after that only "between"
/// comparisons are made (fields against a fragment, fragment against fragment, sub-selections of two fields).
/// The field map of each selection set is built once, and every fields/fragment and fragment/fragment pair is
/// compared at most once per mutual-exclusivity, which keeps hostile documents (fragments spread many times,
/// fragment cycles) from exploding. Fields sharing a response key are still compared pair by pair, so a
/// document repeating one key thousands of times (with different sub-selections) is refused once it needs
/// more than <see cref="ComparisonBudget"/> comparisons, rather than allowed to hold the server.</summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    /// <summary>Field comparisons allowed per document: far above what real documents need (a few thousand),
    /// and well under a second of work.</summary>
    public const int ComparisonBudget = 1_000_000;

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // Created at the first selection set that needs comparing: many documents have none.
        private ConflictFinder? _finder;

        // Reused for every selection set: almost all have no conflict, and need no list of their own.
        private readonly List<Conflict> _conflicts = [];
        private bool _overBudget;

        // The selection set of the inline fragment entered last: it was compared as part of the selection set
        // around it (which takes inline fragments in), and comparing it again would report its conflicts twice.
        private SelectionSetNode? _inlineSelectionSet;

        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is InlineFragmentNode inline)
            {
                _inlineSelectionSet = inline.SelectionSet;
                return VisitAction.Continue;
            }
            if (node is not SelectionSetNode selectionSet || ReferenceEquals(selectionSet, _inlineSelectionSet)
                || _overBudget || HasOnlyDistinctFields(selectionSet))
                return VisitAction.Continue;
            _conflicts.Clear();
            try
            {
                (_finder ??= new ConflictFinder(context)).FindWithin(_conflicts, context.ParentType, selectionSet);
            }
            catch (ComparisonBudgetExceededException)
            {
                _overBudget = true;
                context.ReportError(
                    "The document is too complex to validate: it selects the same response name too many times for its fields to be compared.",
                    selectionSet);
                return VisitAction.Continue;
            }
            foreach (var conflict in _conflicts)
            {
                context.ReportError(
                    $"Fields \"{conflict.Reason.ResponseKey}\" conflict because {conflict.Reason.Describe()}. Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2));
            }
            return VisitAction.Continue;
        }
    }

    /// <summary>Selection sets at most this long are checked for the common case below pair by pair.</summary>
    private const int DistinctFieldsCheckLimit = 16;

    /// <summary>Whether a selection set is only fields with distinct response keys, no fragments: then
    /// nothing within it can conflict, and the typical query (a handful of plain fields per level) is
    /// checked without building field maps. Comparisons between it and its siblings' selections still
    /// happen from their parent's selection set. Long sets take the general path, which is linear.</summary>
    private static bool HasOnlyDistinctFields(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        if (selections.Count > DistinctFieldsCheckLimit)
            return false;
        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
                return false;
            for (var j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseKey == field.ResponseKey)
                    return false;
            }
        }
        return true;
    }

    private sealed class ComparisonBudgetExceededException : Exception;

    private sealed record FieldAndDefinition(NamedType? ParentType, FieldNode Node, OutputField? Definition);

    /// <summary>The fields of a selection set (inline fragments flattened) by response key, in document order.
    /// A field written exactly like an earlier one on the same parent type is kept once: it would merge
    /// with, and conflict like, the earlier one, and a hostile document repeating a field thousands of times
    /// must not cost a comparison per pair of copies.</summary>
    private sealed class FieldMap(FieldShapes shapes)
    {
        private readonly Dictionary<string, List<FieldAndDefinition>> _byKey = new(StringComparer.Ordinal);

        // Only for response keys that occur more than once, which most selection sets never have.
        private Dictionary<string, HashSet<(NamedType?, int)>>? _shapesByRepeatedKey;

        public List<(string Key, List<FieldAndDefinition> Fields)> Entries { get; } = [];

        public void Add(string key, FieldAndDefinition field)
        {
            if (!_byKey.TryGetValue(key, out var fields))
            {
                _byKey[key] = [field];
                Entries.Add((key, _byKey[key]));
                return;
            }
            _shapesByRepeatedKey ??= new(StringComparer.Ordinal);
            if (!_shapesByRepeatedKey.TryGetValue(key, out var seen))
            {
                _shapesByRepeatedKey[key] = seen = [];
                seen.Add((fields[0].ParentType, shapes.Of(fields[0].Node)));
            }
            if (seen.Add((field.ParentType, shapes.Of(field.Node))))
                fields.Add(field);
        }

        public List<FieldAndDefinition>? Get(string key) => _byKey.GetValueOrDefault(key);
    }

    private sealed record FieldsAndFragments(FieldMap Fields, IReadOnlyList<string> FragmentNames);

    /// <summary>Why two fields conflict: a message, or the conflicts of their sub-fields.</summary>
    private sealed record ConflictReason(string ResponseKey, string? Message, IReadOnlyList<ConflictReason> SubReasons)
    {
        public string Describe() => Message ?? string.Join(" and ",
            SubReasons.Select(sub => $"subfields \"{sub.ResponseKey}\" conflict because {sub.Describe()}"));
    }

    private sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class ConflictFinder(ValidationContext context)
    {
        // More conflicts than errors can be reported are never needed; stop collecting there.
        private const int ConflictLimit = ValidationContextBase.MaxErrors + 1;

        private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _fieldsCache = [];
        private readonly FieldShapes _shapes = new();

        // Value: whether the pair was compared as mutually exclusive (a non-exclusive comparison covers both cases).
        private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
        private readonly Dictionary<(FieldMap, string), bool> _comparedFieldsAndFragments = [];
        private int _comparisons;

        public void FindWithin(List<Conflict> conflicts, NamedType? parentType, SelectionSetNode selectionSet)
        {
            var (fieldMap, fragmentNames) = GetFieldsAndFragments(parentType, selectionSet);
            CollectWithin(conflicts, fieldMap);
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                    CollectBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        private void CollectBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName)
        {
            if (!MarkCompared(_comparedFieldsAndFragments, (fieldMap, fragmentName), mutuallyExclusive))
                return;
            if (GetReferencedFieldsAndFragments(fragmentName) is not { } referenced)
                return;
            var (fragmentFields, referencedNames) = referenced;
            if (ReferenceEquals(fieldMap, fragmentFields))
                return;
            RuntimeHelpers.EnsureSufficientExecutionStack();
            CollectBetween(conflicts, mutuallyExclusive, fieldMap, fragmentFields);
            foreach (var referencedName in referencedNames)
                CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, referencedName);
        }

        private void CollectBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            if (fragmentName1 == fragmentName2)
                return;
            var key = string.CompareOrdinal(fragmentName1, fragmentName2) < 0 ? (fragmentName1, fragmentName2) : (fragmentName2, fragmentName1);
            if (!MarkCompared(_comparedFragmentPairs, key, mutuallyExclusive))
                return;
            if (GetReferencedFieldsAndFragments(fragmentName1) is not { } fragment1
                || GetReferencedFieldsAndFragments(fragmentName2) is not { } fragment2)
                return;
            var (fields1, referenced1) = fragment1;
            var (fields2, referenced2) = fragment2;
            RuntimeHelpers.EnsureSufficientExecutionStack();
            CollectBetween(conflicts, mutuallyExclusive, fields1, fields2);
            foreach (var name in referenced2)
                CollectBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, name);
            foreach (var name in referenced1)
                CollectBetweenFragments(conflicts, mutuallyExclusive, name, fragmentName2);
        }

        private List<Conflict> FindBetweenSubSelections(bool mutuallyExclusive,
            NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var (fields1, fragments1) = GetFieldsAndFragments(parentType1, selectionSet1);
            var (fields2, fragments2) = GetFieldsAndFragments(parentType2, selectionSet2);
            CollectBetween(conflicts, mutuallyExclusive, fields1, fields2);
            foreach (var name in fragments2)
                CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, name);
            foreach (var name in fragments1)
                CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, name);
            foreach (var name1 in fragments1)
            {
                foreach (var name2 in fragments2)
                    CollectBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
            return conflicts;
        }

        private void CollectWithin(List<Conflict> conflicts, FieldMap fieldMap)
        {
            foreach (var (key, fields) in fieldMap.Entries)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count && conflicts.Count < ConflictLimit; j++)
                    {
                        if (FindConflict(false, key, fields[i], fields[j]) is { } conflict)
                            conflicts.Add(conflict);
                    }
                }
            }
        }

        private void CollectBetween(List<Conflict> conflicts, bool parentsMutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
        {
            foreach (var (key, fields1) in fieldMap1.Entries)
            {
                if (fieldMap2.Get(key) is not { } fields2)
                    continue;
                foreach (var field1 in fields1)
                {
                    foreach (var field2 in fields2)
                    {
                        if (conflicts.Count >= ConflictLimit)
                            return;
                        if (FindConflict(parentsMutuallyExclusive, key, field1, field2) is { } conflict)
                            conflicts.Add(conflict);
                    }
                }
            }
        }

        private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseKey, FieldAndDefinition field1, FieldAndDefinition field2)
        {
            if (++_comparisons > ComparisonBudget)
                throw new ComparisonBudgetExceededException();
            // Fields on two different object types can never apply to the same value, so they may differ in
            // name and arguments; interfaces and unions might overlap (now or in a later schema), so they may not.
            var mutuallyExclusive = parentsMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            var node1 = field1.Node;
            var node2 = field2.Node;
            if (!mutuallyExclusive)
            {
                if (node1.Name.Value != node2.Name.Value)
                    return Simple(responseKey, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", node1, node2);
                if (!SameArguments(node1.Arguments, node2.Arguments))
                    return Simple(responseKey, "they have differing arguments", node1, node2);
            }
            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
                return Simple(responseKey, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
                var subConflicts = FindBetweenSubSelections(mutuallyExclusive,
                    type1?.NamedType(), selectionSet1, type2?.NamedType(), selectionSet2);
                if (subConflicts.Count > 0)
                {
                    return new Conflict(
                        new ConflictReason(responseKey, null, subConflicts.ConvertAll(conflict => conflict.Reason)),
                        [node1, .. subConflicts.SelectMany(conflict => conflict.Fields1)],
                        [node2, .. subConflicts.SelectMany(conflict => conflict.Fields2)]);
                }
            }
            return null;
        }

        private static Conflict Simple(string responseKey, string message, FieldNode node1, FieldNode node2) =>
            new(new ConflictReason(responseKey, message, []), [node1], [node2]);

        private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2) => (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            _ when type1.IsLeafType() || type2.IsLeafType() => !ReferenceEquals(type1, type2),
            _ => false,
        };

        private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count)
                return false;
            foreach (var argument1 in arguments1)
            {
                var argument2 = arguments2.FirstOrDefault(argument => argument.Name.Value == argument1.Name.Value);
                if (argument2 is null || !LiteralEquivalence.AreEquivalent(argument1.Value, argument2.Value))
                    return false;
            }
            return true;
        }

        /// <summary>Records that a pair is being compared; false when an equivalent comparison was already made.</summary>
        private static bool MarkCompared<TKey>(Dictionary<TKey, bool> compared, TKey key, bool mutuallyExclusive) where TKey : notnull
        {
            if (compared.TryGetValue(key, out var wasMutuallyExclusive) && (mutuallyExclusive || !wasMutuallyExclusive))
                return false;
            compared[key] = mutuallyExclusive;
            return true;
        }

        private FieldsAndFragments? GetReferencedFieldsAndFragments(string fragmentName)
        {
            if (context.GetFragment(fragmentName) is not { } fragment)
                return null;
            if (_fieldsCache.TryGetValue(fragment.SelectionSet, out var cached))
                return cached;
            var fragmentType = TypeReferences.FromSyntax(context.Schema, fragment.TypeCondition) as NamedType;
            return GetFieldsAndFragments(fragmentType, fragment.SelectionSet);
        }

        private FieldsAndFragments GetFieldsAndFragments(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (_fieldsCache.TryGetValue(selectionSet, out var cached))
                return cached;
            var fieldMap = new FieldMap(_shapes);
            // Created at the first spread: most selection sets have none.
            List<string>? fragmentNames = null;
            HashSet<string>? seenFragments = null;
            Collect(parentType, selectionSet, fieldMap, ref fragmentNames, ref seenFragments);
            var result = new FieldsAndFragments(fieldMap, fragmentNames is null ? [] : fragmentNames);
            _fieldsCache[selectionSet] = result;
            return result;
        }

        private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap,
            ref List<string>? fragmentNames, ref HashSet<string>? seenFragments)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = parentType is ComplexType complex ? complex.Fields[field.Name.Value] : null;
                        fieldMap.Add(field.ResponseKey, new FieldAndDefinition(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        if ((seenFragments ??= new(StringComparer.Ordinal)).Add(spread.Name.Value))
                            (fragmentNames ??= []).Add(spread.Name.Value);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is null
                            ? parentType
                            : TypeReferences.FromSyntax(context.Schema, inline.TypeCondition) as NamedType;
                        Collect(inlineType, inline.SelectionSet, fieldMap, ref fragmentNames, ref seenFragments);
                        break;
                }
            }
        }
    }

    /// <summary>Numbers fields by what matters for merging: alias, name, arguments as written, and the same
    /// of everything selected below (directives do not matter). Fields with the same number merge and
    /// conflict alike. Each node is numbered once, so numbering a document costs one pass over it.</summary>
    private sealed class FieldShapes
    {
        private readonly Dictionary<SyntaxNode, int> _byNode = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, int> _byShape = new(StringComparer.Ordinal);

        public int Of(FieldNode field)
        {
            if (_byNode.TryGetValue(field, out var known))
                return known;
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var shape = new StringBuilder();
            shape.Append(field.Alias?.Value).Append(':').Append(field.Name.Value).Append('(');
            foreach (var argument in field.Arguments)
                shape.Append(argument.Name.Value).Append(':').Append(Printer.Print(argument.Value)).Append(',');
            shape.Append(')');
            if (field.SelectionSet is { } selectionSet)
                AppendSelections(shape, selectionSet);
            return _byNode[field] = Number(shape.ToString());
        }

        private void AppendSelections(StringBuilder shape, SelectionSetNode selectionSet)
        {
            shape.Append('{');
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        shape.Append(Of(field));
                        break;
                    case FragmentSpreadNode spread:
                        shape.Append("...").Append(spread.Name.Value);
                        break;
                    case InlineFragmentNode inline:
                        shape.Append("...on ").Append(inline.TypeCondition?.Name.Value);
                        AppendSelections(shape, inline.SelectionSet);
                        break;
                }
                shape.Append(' ');
            }
            shape.Append('}');
        }

        private int Number(string shape)
        {
            if (!_byShape.TryGetValue(shape, out var number))
                _byShape[shape] = number = _byShape.Count;
            return number;
        }
    }
}
