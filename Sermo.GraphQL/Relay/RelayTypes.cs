using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Relay;

/// <summary>The Relay shapes for code-first schemas (<see cref="RelaySdl"/> gives the same for SDL): the node fields
/// of the query type, each node type's <c>id</c>, <c>PageInfo</c>, and a connection and edge type per node type.
/// <code>
/// builder.ExtendObjectType("Query", query => RelayTypes.NodeFields(query, nodes));
/// RelayTypes.AddPageInfo(builder);
/// RelayTypes.AddConnection&lt;Case&gt;(builder, "Case");              // CaseConnection, CaseEdge
/// type.Implements&lt;INode&gt;(); RelayTypes.NodeId(type, nodes, "Case");
/// </code></summary>
public static class RelayTypes
{
    /// <summary><c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c>.</summary>
    public static void NodeFields(ObjectTypeDescriptor query, NodeResolverRegistry nodes)
    {
        query.Field("node").Type("Node").Argument("id", "ID!", "A global id.")
            .Description("The object with this global id; null when there is none or the caller may not see it.")
            .Resolve(nodes.ResolveNodeAsync);
        query.Field("nodes").Type("[Node]!").Argument("ids", "[ID!]!", $"At most {nodes.MaxNodes} global ids.")
            .Description("The objects with these global ids, in their order; null for those that do not exist or the caller may not see.")
            .Resolve(nodes.ResolveNodesAsync);
    }

    /// <summary>The <c>id: ID!</c> field of a node type registered in <paramref name="nodes"/> as <paramref name="typeName"/>.</summary>
    public static FieldDescriptor NodeId(ObjectTypeDescriptor type, NodeResolverRegistry nodes, string typeName) =>
        type.Field("id").Type("ID!").Description("The global id.").Resolve(nodes.IdResolver(typeName));

    /// <summary><c>PageInfo</c>, shared by every connection (add it once).</summary>
    public static SchemaBuilder AddPageInfo(SchemaBuilder builder) =>
        builder.AddObjectType<PageInfo>(type =>
        {
            type.Description("Where a connection page lies in the whole list.");
            type.Field(p => p.HasNextPage).Description("Whether items follow the page's last edge.");
            type.Field(p => p.HasPreviousPage).Description("Whether items precede the page's first edge.");
            type.Field(p => p.StartCursor).Description("The cursor of the page's first edge; null when the page is empty.");
            type.Field(p => p.EndCursor).Description("The cursor of the page's last edge; null when the page is empty.");
        });

    /// <summary><c>{name}Connection</c> and <c>{name}Edge</c> over the object type named <paramref name="nodeTypeName"/>,
    /// bound to <see cref="Connection{T}"/> and <see cref="Edge{T}"/> of <typeparamref name="TNode"/>.</summary>
    public static SchemaBuilder AddConnection<TNode>(SchemaBuilder builder, string nodeTypeName, bool withTotalCount = true)
    {
        builder.AddObjectType<Connection<TNode>>(type =>
        {
            type.Name(nodeTypeName + "Connection").Description($"A page of {nodeTypeName} items.");
            type.Field(c => c.Edges).Type($"[{nodeTypeName}Edge!]!").Description("The page's items with their cursors.");
            type.Field(c => c.Nodes).Type($"[{nodeTypeName}!]!").Description("The page's items.");
            type.Field(c => c.PageInfo).Type("PageInfo!").Description("Where the page lies in the whole list.");
            if (withTotalCount)
                type.Field("totalCount").Type("Int!").Description("The number of items in the whole list.").Resolve(ConnectionResolvers.TotalCount);
        });
        return builder.AddObjectType<Edge<TNode>>(type =>
        {
            type.Name(nodeTypeName + "Edge").Description($"A {nodeTypeName} in a page, with the cursor to page from it.");
            type.Field(e => e.Cursor).Description("Pass to `after` or `before` to page from this item.");
            type.Field(e => e.Node).Type(nodeTypeName + "!").Description("The item.");
        });
    }
}
