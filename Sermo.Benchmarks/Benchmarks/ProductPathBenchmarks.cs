using BenchmarkDotNet.Attributes;
using Sermo.Benchmarks.Workloads.ProductPath;

namespace Sermo.Benchmarks.Benchmarks;

/// <summary>The path the product runs: a code-first schema with resolvers, authorization on every field, and a
/// keyset connection with batched DataLoaders through the EF Core data layer from in-memory SQLite; a page of 20
/// cases from the query text to UTF-8 JSON. The hand-written ceiling (same SQL, same contexts, same JSON) is the
/// baseline, so the ratio column reads "times the ceiling"; <see cref="CeilingQueriesOnly"/> is the ceiling's SQL
/// alone (and <see cref="CeilingWriteOnly"/> the rest of it), and <see cref="WithoutAuthorization"/> the same schema with no requirement, to price the middleware.
/// Each benchmark runs in a fresh process, and ours (engine, data layer, ASP.NET Core authorization, EF Core) takes
/// several seconds there to reach its steady speed while the runtime tiers its code up: ShortRun's three warm-up
/// iterations measured it at 2.3 ms instead of about 0.9 ms, so warm-up is longer here whatever the job.</summary>
[MemoryDiagnoser]
[WarmupCount(15)]
[BenchmarkCategory("ProductPath")]
public class ProductPathBenchmarks
{
    private ProductPathWorkload _workload = null!;
    private CasePage _page = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _workload = await ProductPathWorkload.CreateAsync();
        _page = await _workload.Ceiling.LoadAsync(ProductPathWorkload.Specialty, ProductPathWorkload.PageSize, _workload.After);
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _workload.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task<int> Ceiling() => _workload.RunCeilingAsync();

    [Benchmark]
    public Task<int> CeilingQueriesOnly() => _workload.RunCeilingQueriesAsync();

    /// <summary>The ceiling's share beyond its SQL: sealing the 20 cursors and writing the JSON of a loaded page.</summary>
    [Benchmark]
    public int CeilingWriteOnly() => _workload.Ceiling.Write(_page);

    /// <summary>The 20 cursors alone (ours seals the same ones in the data layer).</summary>
    [Benchmark]
    public int SealCursors() => _workload.Ceiling.SealCursors(_page);

    [Benchmark]
    public Task<int> Authorized() => _workload.RunAsync(_workload.Authorized);

    [Benchmark]
    public Task<int> WithoutAuthorization() => _workload.RunAsync(_workload.Unguarded);
}
