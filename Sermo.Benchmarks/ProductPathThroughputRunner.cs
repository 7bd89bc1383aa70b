using System.Globalization;
using Sermo.Benchmarks.Workloads.ProductPath;

namespace Sermo.Benchmarks;

/// <summary>The product path's throughput: ours (authorization on every field), ours without authorization, and the
/// hand-written ceiling take turns, <c>rounds</c> times, each measured for <c>seconds</c> after one warm-up of
/// <c>warmupSeconds</c>; each is scored by its median round, and the ratios are printed. On a shared machine a round
/// can land on a busy moment; taking turns spreads such moments over all contenders.</summary>
public static class ProductPathThroughputRunner
{
    private sealed record Contender(string Name, Func<ValueTask> RunAsync)
    {
        public List<double> Rounds { get; } = [];

        public double Median => Rounds.Order().ElementAt(Rounds.Count / 2) is var upper && Rounds.Count % 2 == 0
            ? (Rounds.Order().ElementAt(Rounds.Count / 2 - 1) + upper) / 2
            : upper;
    }

    public static async Task<int> RunAsync(double seconds, double warmupSeconds, int rounds, bool printSql)
    {
        await using var workload = await ProductPathWorkload.CreateAsync();
        Contender ours = new("ours", async () => await workload.RunAsync(workload.Authorized));
        Contender unguarded = new("ours, no authorization", async () => await workload.RunAsync(workload.Unguarded));
        Contender ceiling = new("ceiling (hand-written)", async () => await workload.RunCeilingAsync());
        Contender queries = new("ceiling's SQL only", async () => await workload.RunCeilingQueriesAsync());
        Contender[] contenders = [ours, unguarded, ceiling, queries];

        foreach (var contender in contenders)
            await ThroughputRunner.MeasureAsync(contender.RunAsync, warmupSeconds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var contender in contenders)
            {
                var (operations, elapsed) = await ThroughputRunner.MeasureAsync(contender.RunAsync, seconds);
                contender.Rounds.Add(operations / elapsed);
            }
        }

        Console.WriteLine($"product path: a page of {ProductPathWorkload.PageSize} cases with author and advice, query text to UTF-8 JSON ({workload.Response.Length:N0} bytes)");
        Console.WriteLine($"{"contender",-26}{"median ops/s",14}{"µs/op",10}   rounds");
        foreach (var contender in contenders)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{contender.Name,-26}{contender.Median,14:N0}{1e6 / contender.Median,10:N1}   {string.Join(", ", contender.Rounds.Select(ops => ops.ToString("N0", CultureInfo.InvariantCulture)))}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ours / ceiling: {ours.Median / ceiling.Median:F2}x (throughput; 1.00 would match the hand-written code)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ours without authorization / ceiling: {unguarded.Median / ceiling.Median:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"authorization costs {1e6 / ours.Median - 1e6 / unguarded.Median:N1} µs per request ({(unguarded.Median / ours.Median - 1) * 100:N1}% of ours without it)"));
        if (printSql)
        {
            Console.WriteLine($"{Environment.NewLine}SQL of ours:{Environment.NewLine}{string.Join(Environment.NewLine + Environment.NewLine, workload.OurSql)}");
            Console.WriteLine($"{Environment.NewLine}SQL of the ceiling:{Environment.NewLine}{string.Join(Environment.NewLine + Environment.NewLine, workload.CeilingSql)}");
        }
        return 0;
    }
}
