namespace Sermo.GraphQL.Execution;

/// <summary>A subscription's response stream: one result per source event, until the client stops
/// (dispose) or the source ends.</summary>
public sealed class ResponseStream(IAsyncEnumerable<OperationResult> results, Func<ValueTask>? onDispose = null) : ExecutionResult
{
    public IAsyncEnumerable<OperationResult> Results { get; } = results;

    public override ValueTask DisposeAsync() => onDispose?.Invoke() ?? ValueTask.CompletedTask;
}
