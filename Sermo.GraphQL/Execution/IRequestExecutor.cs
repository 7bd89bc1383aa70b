namespace Sermo.GraphQL.Execution;

/// <summary>Runs requests against one schema: parse (cached), validate (cached), execute.</summary>
public interface IRequestExecutor
{
    Types.Schema Schema { get; }

    /// <summary>Never throws for bad input: every failure is in the result's errors.</summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}
