using System.Collections.Concurrent;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Api.GraphQL;

/// <summary>An executor that answers what the test scripts and records what it was asked, so transport tests
/// pin the HTTP mapping of each kind of result independently of the engine.</summary>
internal sealed class ScriptedExecutor(Func<GraphQLRequest, OperationResult> respond) : IRequestExecutor
{
    public ConcurrentQueue<GraphQLRequest> Requests { get; } = new();

    public Schema Schema => throw new NotSupportedException("The scripted executor has no schema.");

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        return Task.FromResult<ExecutionResult>(respond(request));
    }
}
