using System.Security.Claims;

namespace Sermo.GraphQL.Execution;

/// <summary>The operation kinds a transport lets a request run (GET may only query).</summary>
[Flags]
public enum AllowedOperations
{
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}

/// <summary>One GraphQL request as a transport received it. Variable and extension values are external
/// (JSON-shaped) values: null, bool, string, int, long, double, decimal, IReadOnlyList&lt;object?&gt;,
/// IReadOnlyDictionary&lt;string, object?&gt;.</summary>
public sealed class GraphQLRequest
{
    public string? Query { get; init; }
    public string? OperationName { get; init; }
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
    public object? RootValue { get; init; }
    public IServiceProvider? Services { get; init; }
    public ClaimsPrincipal? User { get; init; }

    /// <summary>An operation of another kind fails with <see cref="ErrorCodes.OperationNotAllowed"/> (HTTP 405 for GET).</summary>
    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;
}
