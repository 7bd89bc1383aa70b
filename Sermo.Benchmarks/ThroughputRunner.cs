using System.Diagnostics;
using System.Text.Json;
using Sermo.Benchmarks.Workloads;
using Sermo.Benchmarks.Workloads.GraphQLNet;
using Sermo.GraphQL.Execution;

namespace Sermo.Benchmarks;

/// <summary>The .NET side of the side-by-side comparison: the authors/books workload run back to back for a fixed
/// time after a warm-up, one engine after the other in this process, printed as one JSON line each in the shape
/// Sermo.Benchmarks/node/bench.mjs prints for graphql-js and graphql-jit. <c>until</c> says where an operation ends:
/// <c>result</c> is the in-memory result, as the Node peers count it (ours released after use as the server releases
/// a written response); <c>json</c> is the UTF-8 JSON response, as ours and GraphQL.NET are compared. Every
/// operation starts from the query text, answered from the engine's document cache.</summary>
public static class ThroughputRunner
{
    private sealed record Contender(string Engine, string Until, string Response, Func<ValueTask> RunAsync);

    public static async Task<int> RunAsync(double seconds, double warmupSeconds)
    {
        var data = AuthorsBooks.LoadData();
        var executor = AuthorsBooks.CreateExecutor();
        var request = AuthorsBooks.CreateRequest(data);
        var response = await BenchmarkChecks.ExpectNoErrorsAsync(executor, request);
        var graphQLNet = new GraphQLNetAuthorsBooks(data);
        var graphQLNetResponse = await BenchmarkChecks.ExpectSameResponseAsync(graphQLNet, response);

        var json = new JsonResponseBuffer();
        var graphQLNetJson = new MemoryStream(16 * 1024);
        Contender[] contenders =
        [
            new("Sermo.GraphQL", "result", response, async () =>
            {
                await using var result = await executor.ExecuteAsync(request);
            }),
            new("Sermo.GraphQL", "json", response, async () =>
            {
                await using var result = await executor.ExecuteAsync(request);
                json.Write((OperationResult)result);
            }),
            new("graphql-net", "json", graphQLNetResponse, async () =>
            {
                graphQLNetJson.SetLength(0);
                await graphQLNet.WriteJsonAsync(graphQLNetJson, await graphQLNet.ExecuteAsync());
            }),
        ];

        foreach (var contender in contenders)
        {
            await MeasureAsync(contender.RunAsync, warmupSeconds);
            var (operations, elapsed) = await MeasureAsync(contender.RunAsync, seconds);
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                engine = contender.Engine,
                until = contender.Until,
                opsPerSecond = operations / elapsed,
                operations,
                seconds = elapsed,
                response = contender.Response,
            }));
        }
        return 0;
    }

    /// <summary>Runs <paramref name="runAsync"/> back to back, 64 at a time, until <paramref name="forSeconds"/> have passed.</summary>
    internal static async Task<(long Operations, double Seconds)> MeasureAsync(Func<ValueTask> runAsync, double forSeconds)
    {
        var deadline = TimeSpan.FromSeconds(forSeconds);
        var clock = Stopwatch.StartNew();
        long operations = 0;
        while (clock.Elapsed < deadline)
        {
            for (var i = 0; i < 64; i++)
                await runAsync();
            operations += 64;
        }
        return (operations, clock.Elapsed.TotalSeconds);
    }
}
