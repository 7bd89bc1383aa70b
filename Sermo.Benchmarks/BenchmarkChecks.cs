using Sermo.GraphQL.Execution;

namespace Sermo.Benchmarks;

/// <summary>A benchmark of a request that fails measures the error path: refuse to start instead.</summary>
public static class BenchmarkChecks
{
    /// <returns>The response as JSON, for comparing engines.</returns>
    public static async Task<string> ExpectNoErrorsAsync(IRequestExecutor executor, GraphQLRequest request)
    {
        var result = (OperationResult)await executor.ExecuteAsync(request);
        var json = ResultJsonWriter.ToJson(result);
        if (result.Errors.Count > 0)
            throw new InvalidOperationException($"The benchmark's request fails: {json}");
        return json;
    }
}
