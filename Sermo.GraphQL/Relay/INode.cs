using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface for code-first schemas. Entities need not implement it: an object type
/// joins it with <c>Implements&lt;INode&gt;()</c> and an <c>id</c> field from <see cref="NodeResolverRegistry.IdResolver"/>
/// (<see cref="RelayTypes.NodeId"/>).</summary>
[GraphQLDescription("An object with a global id: opaque, stable, and accepted by `node(id:)`.")]
public interface INode
{
    [GraphQLField]
    [GraphQLType("ID!")]
    [GraphQLDescription("The object's global id.")]
    string Id { get; }
}
