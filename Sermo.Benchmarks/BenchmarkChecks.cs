using System.Text.Json.Nodes;
using Sermo.Benchmarks.Workloads.GraphQLNet;
using Sermo.GraphQL.Execution;

namespace Sermo.Benchmarks;

/// <summary>A benchmark of a request that fails measures the error path, and a peer that answers differently does
/// different work: refuse to start instead.</summary>
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

    /// <summary>Runs the workload on GraphQL.NET twice (the second from its document cache, the path measured) and
    /// compares the parsed responses with ours.</summary>
    /// <returns>GraphQL.NET's response as JSON.</returns>
    public static async Task<string> ExpectSameResponseAsync(GraphQLNetAuthorsBooks graphQLNet, string ours)
    {
        await graphQLNet.ExecuteAsync();
        var json = graphQLNet.ToJson(await graphQLNet.ExecuteAsync());
        if (!JsonNode.DeepEquals(JsonNode.Parse(ours), JsonNode.Parse(json)))
            throw new InvalidOperationException(
                $"GraphQL.NET answers the benchmark's request differently from ours, so the comparison would not be fair.{Environment.NewLine}" +
                $"Ours: {ours}{Environment.NewLine}GraphQL.NET: {json}");
        return json;
    }
}
