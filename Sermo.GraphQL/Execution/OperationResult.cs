namespace Sermo.GraphQL.Execution;

/// <summary>One spec-shaped response. <see cref="HasData"/> is false for request errors (syntax,
/// validation, variable coercion, operation selection), which carry only <see cref="Errors"/>. An executed result's
/// <see cref="Data"/> is readable until the result is disposed and throws <see cref="ObjectDisposedException"/>
/// afterwards: disposing gives its objects back for reuse, their values cleared. Disposing twice is harmless; the
/// errors, the extensions and the operation type stay readable, and so does the data of a result built by hand
/// (nothing of it is reused).</summary>
public sealed class OperationResult(
    IReadOnlyDictionary<string, object?>? data,
    bool hasData,
    IReadOnlyList<GraphQLError> errors,
    IReadOnlyDictionary<string, object?>? extensions = null) : ExecutionResult
{
    /// <summary>The <c>data</c> entry: null when execution nulled the root or none began. Values are null,
    /// string, bool, int, long, double, decimal, IReadOnlyList&lt;object?&gt; and IReadOnlyDictionary&lt;string, object?&gt;
    /// (in response-key order).</summary>
    public IReadOnlyDictionary<string, object?>? Data => Volatile.Read(ref _disposed) == 0
        ? data
        : throw new ObjectDisposedException(nameof(OperationResult), "The result's data was read after the result was disposed; its objects are reused for other responses.");

    private int _disposed;

    /// <summary>Whether the response has a <c>data</c> entry at all (execution began).</summary>
    public bool HasData { get; } = hasData;

    private TakenNodes? _pooledNodes;

    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;

    /// <summary>The kind of the operation that ran, for logs and traces; null when none was selected and run
    /// (request errors).</summary>
    public Language.Ast.OperationType? OperationType { get; init; }

    /// <summary>The result nodes the execution took from the pool (the tree behind <see cref="Data"/> and any
    /// an error nulled out), given back on dispose.</summary>
    internal TakenNodes? PooledNodes { init => _pooledNodes = value; }

    public override ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _pooledNodes, null) is { } nodes)
        {
            Volatile.Write(ref _disposed, 1);
            ResultNodePool.Return(nodes);
        }
        return ValueTask.CompletedTask;
    }

    public bool IsRequestError => !HasData;

    public static OperationResult FromError(GraphQLError error) => new(null, false, [error]);

    public static OperationResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, false, errors);
}
