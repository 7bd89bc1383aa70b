using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Execution;

/// <summary>Refuses operations too deep or too broad to execute safely, measured with fragments expanded
/// (each fragment measured once, so the check stays linear in the document's size).</summary>
internal static class OperationLimits
{
    public static GraphQLError? Check(
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        int maxDepth,
        int maxFields)
    {
        var measures = new Dictionary<string, (int Depth, long Fields)>(StringComparer.Ordinal);
        var (depth, fields) = Measure(operation.SelectionSet, fragments, measures);
        if (depth > maxDepth)
        {
            return GraphQLError.At(
                $"The operation is nested {depth} levels deep; at most {maxDepth} are allowed.", ErrorCodes.ValidationFailed, operation);
        }
        if (fields > maxFields)
        {
            return GraphQLError.At(
                $"The operation selects {fields} fields once fragments are expanded; at most {maxFields} are allowed.", ErrorCodes.ValidationFailed, operation);
        }
        return null;
    }

    private static (int Depth, long Fields) Measure(
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        Dictionary<string, (int Depth, long Fields)> measures)
    {
        var depth = 0;
        long fields = 0;
        foreach (var selection in selectionSet.Selections)
        {
            (int Depth, long Fields) part;
            switch (selection)
            {
                case FieldNode field:
                    part = field.SelectionSet is null ? (0, 0) : Measure(field.SelectionSet, fragments, measures);
                    part = (part.Depth + 1, part.Fields + 1);
                    break;
                case InlineFragmentNode inline:
                    part = Measure(inline.SelectionSet, fragments, measures);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!measures.TryGetValue(name, out part))
                    {
                        // Marked first so that a cycle (which validation rejects anyway) cannot recurse forever.
                        measures[name] = (0, 0);
                        part = fragments.TryGetValue(name, out var fragment) ? Measure(fragment.SelectionSet, fragments, measures) : (0, 0);
                        measures[name] = part;
                    }
                    break;
                default:
                    continue;
            }
            depth = Math.Max(depth, part.Depth);
            fields = Math.Min(fields + part.Fields, long.MaxValue / 2);
        }
        return (depth, fields);
    }
}
