using System.Globalization;
using BenchmarkDotNet.Running;

namespace Sermo.Benchmarks;

/// <summary>A class rather than top-level statements: those would make a global <c>Program</c> clashing with the
/// server's (Sermo.Api, referenced for the product path's authorizer).</summary>
public static class Program
{
    /// <summary><c>throughput [SECONDS] [WARMUP_SECONDS]</c>: the ops/s lines scripts/bench-engine.sh sets beside the
    /// Node peers. <c>product-path [SECONDS] [WARMUP_SECONDS] [ROUNDS] [--sql]</c>: the product path against its hand-written
    /// ceiling (scripts/bench-product-path.sh). Anything else goes to BenchmarkDotNet (e.g. <c>--filter '*' --job short</c>).</summary>
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["throughput", .. var rest]:
                return await ThroughputRunner.RunAsync(Number(rest, 0, 5), Number(rest, 1, 2));
            case ["product-path", .. var rest]:
                return await ProductPathThroughputRunner.RunAsync(
                    Number(rest, 0, 5), Number(rest, 1, 3), (int)Number(rest, 2, 3), printSql: rest.Contains("--sql"));
            default:
                BenchmarkSwitcher.FromAssembly(typeof(ThroughputRunner).Assembly).Run(args);
                return 0;
        }
    }

    private static double Number(string[] arguments, int index, double fallback) =>
        arguments.Length > index && !arguments[index].StartsWith("--", StringComparison.Ordinal)
            ? double.Parse(arguments[index], CultureInfo.InvariantCulture)
            : fallback;
}
