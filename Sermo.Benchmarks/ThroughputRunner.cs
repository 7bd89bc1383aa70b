using System.Diagnostics;
using System.Text.Json;
using Sermo.Benchmarks.Workloads;

namespace Sermo.Benchmarks;

/// <summary>The C# side of the side-by-side comparison: the authors/books workload run back to back for a fixed
/// time after a warm-up, counted the way Sermo.Benchmarks/node/bench.mjs counts graphql-js and graphql-jit
/// (a cached operation to the in-memory result, released after use as the server releases a written
/// response), printed as one JSON line in the same shape.</summary>
public static class ThroughputRunner
{
    public static async Task<int> RunAsync(double seconds, double warmupSeconds)
    {
        var executor = AuthorsBooks.CreateExecutor();
        var request = AuthorsBooks.CreateRequest(AuthorsBooks.LoadData());
        var response = await BenchmarkChecks.ExpectNoErrorsAsync(executor, request);

        async Task<(long Operations, double Seconds)> MeasureAsync(double forSeconds)
        {
            var deadline = TimeSpan.FromSeconds(forSeconds);
            var clock = Stopwatch.StartNew();
            long operations = 0;
            while (clock.Elapsed < deadline)
            {
                for (var i = 0; i < 64; i++)
                {
                    // Disposed as the server's transports dispose a written response: its objects are reused.
                    await using var result = await executor.ExecuteAsync(request);
                }
                operations += 64;
            }
            return (operations, clock.Elapsed.TotalSeconds);
        }

        await MeasureAsync(warmupSeconds);
        var (operations, elapsed) = await MeasureAsync(seconds);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            engine = "Sermo.GraphQL",
            opsPerSecond = operations / elapsed,
            operations,
            seconds = elapsed,
            response,
        }));
        return 0;
    }
}
