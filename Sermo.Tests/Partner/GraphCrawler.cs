using System.Text;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Partner;

/// <summary>Writes, from a schema, the queries that read everything a caller could: one query per root field selecting
/// every field reachable to <see cref="Depth"/> levels (every possible type of interfaces and unions through inline
/// fragments), and one <c>nodes(ids:)</c> query over every node type. Fields whose required arguments it cannot fill are
/// left out; page sizes are the largest allowed, so lists are read whole where they are short.</summary>
public sealed class GraphCrawler(Schema schema, int depth = 5)
{
    public int Depth { get; } = depth;

    /// <summary>One query per root query field it can call without knowing an id (<c>node</c> and <c>nodes</c> excluded).</summary>
    public IEnumerable<(string Field, string Query)> RootQueries()
    {
        foreach (var field in schema.QueryType!.Fields)
        {
            if (field.Name is "node" or "nodes" || Arguments(field, isRoot: true) is not { } arguments)
                continue;
            var selection = Selection(Named(field.Type), Depth);
            yield return (field.Name, $"{{ {field.Name}{arguments}{selection} }}");
        }
    }

    /// <summary>A query reading every node type's fields for the ids in <c>$ids</c>.</summary>
    public string NodesQuery()
    {
        var node = schema.GetType("Node")!;
        return $"query($ids: [ID!]!) {{ nodes(ids: $ids){Selection(node, Depth)} }}";
    }

    private string Selection(NamedType type, int levels)
    {
        switch (type)
        {
            case ScalarType or EnumType:
                return "";
            case ObjectType objectType:
                return " { " + string.Join(" ", Fields(objectType, levels)) + " }";
            default:
                var fragments = schema.GetPossibleTypes(type)
                    .Select(possible => $"... on {possible.Name}{Selection(possible, levels)}");
                return " { __typename " + string.Join(" ", fragments) + " }";
        }
    }

    private IEnumerable<string> Fields(ObjectType type, int levels)
    {
        yield return "__typename";
        foreach (var field in type.Fields)
        {
            var named = Named(field.Type);
            if (named is not (ScalarType or EnumType) && levels <= 1)
                continue;
            if (Arguments(field, isRoot: false) is not { } arguments)
                continue;
            yield return $"{Alias(type, field)}{field.Name}{arguments}{Selection(named, levels - 1)}";
        }
    }

    /// <summary>Each field is read under an alias of its type, so fields of one name but different types on two types of
    /// one abstract selection (<c>Case.status</c>, <c>Physician.status</c>) do not conflict. Ids keep their name: they are
    /// <c>ID!</c> everywhere and the crawl harvests them by it.</summary>
    private static string Alias(ObjectType type, OutputField field) => field.Name == "id" ? "" : $"{type.Name}_{field.Name}: ";

    /// <summary>The arguments to call the field with, or null when a required one cannot be filled.</summary>
    private static string? Arguments(OutputField field, bool isRoot)
    {
        var given = new StringBuilder();
        foreach (var argument in field.Arguments)
        {
            if (argument.Name == "first" && Named(argument.Type).Name == "Int")
            {
                given.Append(given.Length == 0 ? "" : ", ").Append("first: ").Append(isRoot ? 100 : 20);
                continue;
            }
            if (argument.Type is NonNullType && !argument.HasDefaultValue)
                return null;
        }
        return given.Length == 0 ? "" : $"({given})";
    }

    private static NamedType Named(GraphQLType type) => type switch
    {
        NonNullType nonNull => Named(nonNull.OfType),
        ListType list => Named(list.OfType),
        _ => (NamedType)type,
    };
}
