namespace Sermo.Api.Transport;

/// <summary>Every schema the host serves, by name. Built once at start-up from the registered endpoints.</summary>
public sealed class GraphQLSchemaRegistry
{
    private readonly Dictionary<string, GraphQLSchemaEndpoint> _byName = new(StringComparer.Ordinal);

    public GraphQLSchemaRegistry(IEnumerable<GraphQLSchemaEndpoint> endpoints)
    {
        var list = new List<GraphQLSchemaEndpoint>();
        foreach (var endpoint in endpoints)
        {
            if (!_byName.TryAdd(endpoint.Name, endpoint))
                throw new InvalidOperationException($"Two schemas are named '{endpoint.Name}'.");
            if (list.Any(other => other.Path.Equals(endpoint.Path, StringComparison.OrdinalIgnoreCase)))
                throw new InvalidOperationException($"Two schemas are served at '{endpoint.Path}'.");
            list.Add(endpoint);
        }
        Endpoints = list;
    }

    public IReadOnlyList<GraphQLSchemaEndpoint> Endpoints { get; }

    public GraphQLSchemaEndpoint Get(string name) =>
        _byName.TryGetValue(name, out var endpoint)
            ? endpoint
            : throw new KeyNotFoundException($"No schema is named '{name}'; known: {string.Join(", ", _byName.Keys)}.");
}
