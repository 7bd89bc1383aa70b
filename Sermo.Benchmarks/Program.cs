using System.Globalization;
using BenchmarkDotNet.Running;
using Sermo.Benchmarks;

// `throughput [SECONDS] [WARMUP_SECONDS]`: the ops/s line scripts/bench-engine.sh sets beside the Node peers.
// Anything else goes to BenchmarkDotNet (e.g. `--filter '*' --job short`).
if (args is ["throughput", .. var rest])
{
    double Seconds(int index, double fallback) =>
        rest.Length > index ? double.Parse(rest[index], CultureInfo.InvariantCulture) : fallback;
    return await ThroughputRunner.RunAsync(Seconds(0, 5), Seconds(1, 2));
}

BenchmarkSwitcher.FromAssembly(typeof(ThroughputRunner).Assembly).Run(args);
return 0;
