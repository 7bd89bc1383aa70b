using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas;

/// <summary>A schema being put together from contributors: each adds its types to <see cref="Types"/> and its
/// root fields through <see cref="Query"/>, <see cref="Mutation"/> and <see cref="Subscription"/> (each call an
/// extension of the root type, so two contributors giving one field name fail at start-up, naming both). A root
/// type exists only when some contributor gives it a field.</summary>
public sealed class SchemaComposition
{
    private bool _hasMutation;
    private bool _hasSubscription;

    public SchemaComposition(string name, string description, GlobalIdCodec ids)
    {
        Name = name;
        Types = new SchemaBuilder().Description(description);
        Nodes = new NodeResolverRegistry(ids);
    }

    /// <summary>The schema's Relay node types: each area registers its entities here (with a loader that returns
    /// null for what the caller may not see) and gives them an <c>id</c> with <see cref="RelayTypes.NodeId"/>.</summary>
    public NodeResolverRegistry Nodes { get; }

    /// <summary>The schema's name ("partner", "pharma").</summary>
    public string Name { get; }

    /// <summary>Types, scalars and field middleware.</summary>
    public SchemaBuilder Types { get; }

    /// <summary>Makes the object type bound to <typeparamref name="TNode"/> a Relay node: registered in <see cref="Nodes"/>
    /// under <paramref name="typeName"/>, implementing <c>Node</c>, with an <c>id</c>. <paramref name="load"/> must return
    /// null for what the caller may not see (the same rule as the area's own entry fields), so <c>node(id:)</c> is
    /// never a way around them.</summary>
    public SchemaComposition Node<TNode, TKey>(string typeName, Func<TNode, TKey> keyOf, Func<TKey, GraphQL.Execution.IResolverContext, Task<TNode?>> load)
        where TNode : class
        where TKey : notnull
    {
        Nodes.Add(typeName, keyOf, load);
        Types.ExtendObjectType<TNode>(type =>
        {
            type.Implements<INode>();
            RelayTypes.NodeId(type, Nodes, typeName);
        });
        return this;
    }

    public SchemaComposition Query(Action<ObjectTypeDescriptor<object>> fields)
    {
        Types.ExtendObjectType("Query", fields);
        return this;
    }

    public SchemaComposition Mutation(Action<ObjectTypeDescriptor<object>> fields)
    {
        _hasMutation = true;
        Types.ExtendObjectType("Mutation", fields);
        return this;
    }

    public SchemaComposition Subscription(Action<ObjectTypeDescriptor<object>> fields)
    {
        _hasSubscription = true;
        Types.ExtendObjectType("Subscription", fields);
        return this;
    }

    /// <summary>Builds and validates the schema (throws <see cref="SchemaValidationException"/> listing every problem).</summary>
    public Schema Build()
    {
        Types.AddQueryType();
        if (_hasMutation)
            Types.AddMutationType();
        if (_hasSubscription)
            Types.AddSubscriptionType();
        return Types.Build();
    }

    /// <summary>Composes a schema from every contributor, in registration order.</summary>
    public static Schema Compose(string name, string description, GlobalIdCodec ids, IEnumerable<ISchemaContributor> contributors)
    {
        var composition = new SchemaComposition(name, description, ids);
        foreach (var contributor in contributors)
            contributor.Contribute(composition);
        return composition.Build();
    }
}
