using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Utilities;

namespace Sermo.GraphQL.Relay;

/// <summary>The Relay types as SDL fragments and the resolvers behind them, for schemas built with
/// <see cref="SdlSchemaBuilder"/> (a hand-built or code-first schema can take the same resolvers from
/// <see cref="NodeResolverRegistry"/> and <see cref="ConnectionResolvers"/>).
/// <code>
/// var sdl = RelaySdl.NodeInterface + RelaySdl.PageInfoType + RelaySdl.NodeQueryFields + RelaySdl.ConnectionTypes("Case") + """
///     type Case implements Node { id: ID! title: String! }
///     type Query { cases(first: Int, after: String, last: Int, before: String): CaseConnection! }
///     """;
/// var options = new SdlBuildOptions();
/// RelaySdl.Bind(options, nodes);                       // node, nodes, Node's type resolver, each node type's id
/// RelaySdl.BindConnection(options, "Case");           // CaseConnection.totalCount
/// </code></summary>
public static class RelaySdl
{
    public const string NodeInterface = """

        "An object with a global id: opaque, stable, and accepted by `node(id:)`."
        interface Node {
          "The object's global id."
          id: ID!
        }

        """;

    public const string PageInfoType = """

        "Where a connection page lies in the whole list."
        type PageInfo {
          "Whether items follow the page's last edge."
          hasNextPage: Boolean!
          "Whether items precede the page's first edge."
          hasPreviousPage: Boolean!
          "The cursor of the page's first edge; null when the page is empty."
          startCursor: String
          "The cursor of the page's last edge; null when the page is empty."
          endCursor: String
        }

        """;

    /// <summary>Adds <c>node</c> and <c>nodes</c> to the Query type (as a type extension).</summary>
    public const string NodeQueryFields = """

        extend type Query {
          "The object with this global id; null when there is none."
          node(id: ID!): Node
          "The objects with these global ids, in their order; null for those that do not exist."
          nodes(ids: [ID!]!): [Node]!
        }

        """;

    /// <summary>The arguments of a connection field, to write inside its parentheses.</summary>
    public const string PagingArguments = "first: Int, after: String, last: Int, before: String";

    /// <summary><c>{Node}Connection</c> and <c>{Node}Edge</c> for the node type named <paramref name="nodeTypeName"/>.</summary>
    public static string ConnectionTypes(string nodeTypeName, bool withTotalCount = true) => $$"""

        "A page of {{nodeTypeName}} items."
        type {{nodeTypeName}}Connection {
          "The page's items with their cursors."
          edges: [{{nodeTypeName}}Edge!]!
          "The page's items."
          nodes: [{{nodeTypeName}}!]!
          "Where the page lies in the whole list."
          pageInfo: PageInfo!{{(withTotalCount ? "\n  \"The number of items in the whole list.\"\n  totalCount: Int!" : "")}}
        }

        "A {{nodeTypeName}} in a page, with the cursor to page from it."
        type {{nodeTypeName}}Edge {
          "Pass to `after` or `before` to page from this item."
          cursor: String!
          "The item."
          node: {{nodeTypeName}}!
        }

        """;

    /// <summary>Binds <c>Query.node</c>, <c>Query.nodes</c>, the <c>Node</c> type resolver and the <c>id</c> field of
    /// every node type registered in <paramref name="nodes"/>.</summary>
    public static void Bind(SdlBuildOptions options, NodeResolverRegistry nodes, string queryTypeName = "Query")
    {
        options.Resolvers[$"{queryTypeName}.node"] = nodes.ResolveNodeAsync;
        options.Resolvers[$"{queryTypeName}.nodes"] = nodes.ResolveNodesAsync;
        options.TypeResolvers["Node"] = nodes.ResolveType;
        foreach (var typeName in nodes.TypeNames)
            options.Resolvers[$"{typeName}.id"] = nodes.IdResolver(typeName);
    }

    /// <summary>Binds <c>totalCount</c> of the connection type made by <see cref="ConnectionTypes"/> (its other fields
    /// read <see cref="Connection{T}"/>'s properties with the default resolver).</summary>
    public static void BindConnection(SdlBuildOptions options, string nodeTypeName) =>
        options.Resolvers[$"{nodeTypeName}Connection.totalCount"] = ConnectionResolvers.TotalCount;
}
