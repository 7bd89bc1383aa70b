using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Relay;

/// <summary>The node types of a schema: for each GraphQL type name, its .NET type, how to read an entity's key
/// and how to load an entity by key. Gives the resolvers of <c>node(id:)</c>, <c>nodes(ids:)</c>, each node
/// type's <c>id</c> field and the <c>Node</c> interface's type resolver, for whichever schema API builds the
/// types (<see cref="RelaySdl"/> binds them to an SDL schema).
/// <code>
/// var nodes = new NodeResolverRegistry(new GlobalIdCodec(secret))
///     .Add&lt;Case, Guid&gt;("Case", c => c.Id, (id, context) => context.DataLoader&lt;CaseById&gt;().LoadAsync(id));
/// </code></summary>
public sealed class NodeResolverRegistry(GlobalIdCodec ids, PagingOptions? paging = null)
{
    private readonly Dictionary<string, Registration> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byClrType = [];

    public GlobalIdCodec Ids { get; } = ids;

    /// <summary>The most ids <c>nodes(ids:)</c> takes in one call (the connection page size limit).</summary>
    public int MaxNodes { get; } = (paging ?? PagingOptions.Default).MaxPageSize;

    public IEnumerable<string> TypeNames => _byName.Keys;

    /// <summary>Registers a node type: values of <typeparamref name="TNode"/> are the GraphQL type <paramref name="typeName"/>,
    /// their key is <paramref name="keyOf"/>, and <paramref name="load"/> fetches one by key (null when there is none
    /// or the caller may not see it).</summary>
    public NodeResolverRegistry Add<TNode, TKey>(string typeName, Func<TNode, TKey> keyOf, Func<TKey, IResolverContext, Task<TNode?>> load)
        where TNode : class
        where TKey : notnull
    {
        if (!_byName.TryAdd(typeName, new Registration(
                typeName,
                typeof(TKey),
                node => keyOf((TNode)node),
                async (key, context) => await load((TKey)key, context).ConfigureAwait(false))))
            throw new ArgumentException($"The node type \"{typeName}\" is registered twice.", nameof(typeName));
        if (!_byClrType.TryAdd(typeof(TNode), typeName))
            throw new ArgumentException($"{typeof(TNode).Name} is already registered as the node type \"{_byClrType[typeof(TNode)]}\".", nameof(typeName));
        return this;
    }

    /// <summary>The global id of a registered entity.</summary>
    public string IdOf(string typeName, object node) => Ids.Encode(typeName, Find(typeName).KeyOf(node));

    /// <summary>The resolver of <c>id: ID!</c> on the node type <paramref name="typeName"/>.</summary>
    public FieldResolver IdResolver(string typeName)
    {
        var registration = Find(typeName);
        return context => new ValueTask<object?>(context.Parent is null ? null : Ids.Encode(typeName, registration.KeyOf(context.Parent)));
    }

    /// <summary>The resolver of <c>node(id: ID!): Node</c>: null when nothing has that id, an
    /// <see cref="RelayErrorCodes.InvalidId"/> error when the id is not one of ours.</summary>
    public ValueTask<object?> ResolveNodeAsync(IResolverContext context) =>
        LoadAsync(context.Arguments.GetValueOrDefault("id") as string, context);

    /// <summary>The resolver of <c>nodes(ids: [ID!]!): [Node]!</c>: the entities in the order of the ids, null
    /// for those that do not exist; any invalid id fails the whole field; more than <see cref="MaxNodes"/> ids is
    /// a <c>BAD_USER_INPUT</c> error.</summary>
    public async ValueTask<object?> ResolveNodesAsync(IResolverContext context)
    {
        var ids = context.Arguments.GetValueOrDefault("ids") as IReadOnlyList<object?> ?? [];
        if (ids.Count > MaxNodes)
            throw new GraphQLException(new GraphQLError(
                $"\"ids\" may list at most {MaxNodes} ids; got {ids.Count}.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput }));
        var decoded = new (Registration Type, object Key)[ids.Count];
        for (var i = 0; i < ids.Count; i++)
            decoded[i] = Decode(ids[i] as string); // Every id is checked before anything loads.
        var loads = new Task<object?>[decoded.Length];
        for (var i = 0; i < decoded.Length; i++)
            loads[i] = decoded[i].Type.Load(decoded[i].Key, context);
        return await Task.WhenAll(loads).ConfigureAwait(false);
    }

    /// <summary>The type resolver of the <c>Node</c> interface: the registered GraphQL type of the value's .NET type.</summary>
    public ObjectType? ResolveType(object value, IResolverContext context)
    {
        for (var type = value.GetType(); type is not null; type = type.BaseType)
        {
            if (_byClrType.TryGetValue(type, out var name))
                return context.Schema.GetType(name) as ObjectType;
        }
        return null;
    }

    private async ValueTask<object?> LoadAsync(string? id, IResolverContext context)
    {
        var (type, key) = Decode(id);
        return await type.Load(key, context).ConfigureAwait(false);
    }

    private (Registration Type, object Key) Decode(string? id)
    {
        // An id of a type this schema does not serve, or with the wrong kind of key, is as invalid as a forged one.
        if (!Ids.TryDecode(id, out var value) || !_byName.TryGetValue(value.TypeName, out var type) || value.Key.GetType() != type.KeyType)
            throw new InvalidIdException("The id is not valid.");
        return (type, value.Key);
    }

    private Registration Find(string typeName) =>
        _byName.TryGetValue(typeName, out var registration)
            ? registration
            : throw new ArgumentException($"\"{typeName}\" is not a registered node type.", nameof(typeName));

    private sealed record Registration(string TypeName, Type KeyType, Func<object, object> KeyOf, Func<object, IResolverContext, Task<object?>> Load);
}
