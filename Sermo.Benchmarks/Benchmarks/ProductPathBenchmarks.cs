using BenchmarkDotNet.Attributes;
using Sermo.Benchmarks.Workloads.ProductPath;

namespace Sermo.Benchmarks.Benchmarks;

/// <summary>The path the product runs: a code-first schema with resolvers, authorization on every field, and a
/// keyset connection with batched DataLoaders through the EF Core data layer from in-memory SQLite; a page of 20
/// cases from the query text to UTF-8 JSON. The hand-written ceiling (same SQL, same contexts, same JSON) is the
/// baseline, so the ratio column reads "times the ceiling"; <see cref="CeilingQueriesOnly"/> is the ceiling's SQL
/// alone, and <see cref="WithoutAuthorization"/> the same schema with no requirement, to price the middleware.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("ProductPath")]
public class ProductPathBenchmarks
{
    private ProductPathWorkload _workload = null!;

    [GlobalSetup]
    public async Task Setup() => _workload = await ProductPathWorkload.CreateAsync();

    [GlobalCleanup]
    public async Task Cleanup() => await _workload.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task<int> Ceiling() => _workload.RunCeilingAsync();

    [Benchmark]
    public Task<int> CeilingQueriesOnly() => _workload.RunCeilingQueriesAsync();

    [Benchmark]
    public Task<int> Authorized() => _workload.RunAsync(_workload.Authorized);

    [Benchmark]
    public Task<int> WithoutAuthorization() => _workload.RunAsync(_workload.Unguarded);
}
