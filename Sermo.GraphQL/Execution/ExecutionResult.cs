namespace Sermo.GraphQL.Execution;

/// <summary>What executing a request gives: one response, or a stream of them (subscriptions).</summary>
public abstract class ExecutionResult : IAsyncDisposable
{
    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
