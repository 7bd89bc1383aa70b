using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>The field names a request selects below the field being resolved, for
/// <see cref="ProjectionDefinition{T, TResult}.Build"/>.</summary>
public static class SelectedFields
{
    /// <summary>The fields selected on the items of a field returning an object or a list of objects.</summary>
    public static IReadOnlyList<string> Of(IResolverContext context) =>
        context.Field.Type.NamedType() is ObjectType type ? [.. context.SelectionsFor(type).Select(selection => selection.Field.Name)] : [];

    /// <summary>The fields selected on the items of a connection field, under <c>nodes</c> and <c>edges { node }</c>;
    /// null when a named fragment hides them (then project everything).</summary>
    public static IReadOnlyList<string>? OfConnectionNodes(IResolverContext context)
    {
        if (context.Field.Type.NamedType() is not ObjectType connection)
            return null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selection in context.SelectionsFor(connection))
        {
            foreach (var node in selection.FieldNodes)
            {
                var complete = selection.Field.Name switch
                {
                    "nodes" => Collect(node.SelectionSet, names, under: null),
                    "edges" => Collect(node.SelectionSet, names, under: "node"),
                    _ => true,
                };
                if (!complete)
                    return null;
            }
        }
        return [.. names];
    }

    /// <summary>Adds the field names of a selection set (or of its <paramref name="under"/> field's); false when a
    /// fragment spread makes the list unknowable from syntax alone.</summary>
    private static bool Collect(SelectionSetNode? selectionSet, HashSet<string> names, string? under)
    {
        if (selectionSet is null)
            return true;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when under is null:
                    names.Add(field.Name.Value);
                    break;
                case FieldNode field when field.Name.Value == under:
                    if (!Collect(field.SelectionSet, names, under: null))
                        return false;
                    break;
                case InlineFragmentNode inline:
                    if (!Collect(inline.SelectionSet, names, under))
                        return false;
                    break;
                case FragmentSpreadNode:
                    return false;
            }
        }
        return true;
    }
}
