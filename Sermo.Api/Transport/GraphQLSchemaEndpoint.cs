using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Api.Transport;

/// <summary>One named schema served at one path: its executor, and who may call it.</summary>
public sealed class GraphQLSchemaEndpoint
{
    public GraphQLSchemaEndpoint(string name, PathString path, IRequestExecutor executor, string? authorizationPolicy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!path.HasValue || path.Value!.EndsWith('/'))
            throw new ArgumentException($"The path of schema '{name}' must start with '/' and not end with one.", nameof(path));
        Name = name;
        Path = path;
        Executor = executor;
        AuthorizationPolicy = authorizationPolicy;
        _sdl = new Lazy<string>(() => SchemaPrinter.Print(Schema) + "\n");
    }

    private readonly Lazy<string> _sdl;

    /// <summary>"partner" or "pharma".</summary>
    public string Name { get; }

    /// <summary>Where HTTP, WebSocket, SSE and the IDE are served, e.g. <c>/graphql</c>.</summary>
    public PathString Path { get; }

    public IRequestExecutor Executor { get; }
    public Schema Schema => Executor.Schema;

    /// <summary>The policy every request must satisfy; null when anonymous callers are welcome (fields may
    /// still demand more).</summary>
    public string? AuthorizationPolicy { get; }

    /// <summary>The schema in SDL as published in <c>schema/&lt;name&gt;.graphql</c> and at <c>&lt;path&gt;/sdl</c>.</summary>
    public string Sdl => _sdl.Value;
}
