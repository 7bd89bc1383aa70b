using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GraphQLNetResult = GraphQL.ExecutionResult;
using Sermo.Benchmarks.Workloads;
using Sermo.Benchmarks.Workloads.GraphQLNet;
using Sermo.GraphQL.Execution;

namespace Sermo.Benchmarks.Benchmarks;

/// <summary>The authors/books workload, the one measured side by side with graphql-js, graphql-jit and GraphQL.NET:
/// the query text to the in-memory result (document cached), the same written as UTF-8 JSON, and the writing alone.
/// Each category sets GraphQL.NET beside ours, which is the baseline, so the ratio column compares the two.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AuthorsBooksBenchmarks
{
    private const string ExecuteCategory = "Execute";
    private const string ExecuteAndWriteJsonCategory = "ExecuteAndWriteJson";
    private const string WriteJsonCategory = "WriteJson";

    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;
    private readonly JsonResponseBuffer _json = new();
    private OperationResult _result = null!;

    private GraphQLNetAuthorsBooks _graphQLNet = null!;
    private readonly MemoryStream _graphQLNetJson = new(16 * 1024);
    private GraphQLNetResult _graphQLNetResult = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var data = AuthorsBooks.LoadData();
        _executor = AuthorsBooks.CreateExecutor();
        _request = AuthorsBooks.CreateRequest(data);
        var ours = await BenchmarkChecks.ExpectNoErrorsAsync(_executor, _request);
        _result = (OperationResult)await _executor.ExecuteAsync(_request);

        _graphQLNet = new GraphQLNetAuthorsBooks(data);
        await BenchmarkChecks.ExpectSameResponseAsync(_graphQLNet, ours);
        _graphQLNetResult = await _graphQLNet.ExecuteAsync();
    }

    /// <summary>Released after use, as the server's transports release a written response (its objects are reused).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(ExecuteCategory)]
    public async Task<int> Execute()
    {
        await using var result = await _executor.ExecuteAsync(_request);
        return ((OperationResult)result).Errors.Count;
    }

    [Benchmark, BenchmarkCategory(ExecuteCategory)]
    public async Task<int> GraphQLNetExecute()
    {
        var result = await _graphQLNet.ExecuteAsync();
        return result.Errors?.Count ?? 0;
    }

    [Benchmark(Baseline = true), BenchmarkCategory(ExecuteAndWriteJsonCategory)]
    public async Task<int> ExecuteAndWriteJson()
    {
        await using var result = await _executor.ExecuteAsync(_request);
        return _json.Write((OperationResult)result);
    }

    [Benchmark, BenchmarkCategory(ExecuteAndWriteJsonCategory)]
    public async Task<long> GraphQLNetExecuteAndWriteJson() => await WriteGraphQLNetJsonAsync(await _graphQLNet.ExecuteAsync());

    /// <summary>Only the writing: one result, executed once, written again each time.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(WriteJsonCategory)]
    public int WriteJson() => _json.Write(_result);

    [Benchmark, BenchmarkCategory(WriteJsonCategory)]
    public Task<long> GraphQLNetWriteJson() => WriteGraphQLNetJsonAsync(_graphQLNetResult);

    private async Task<long> WriteGraphQLNetJsonAsync(GraphQLNetResult result)
    {
        _graphQLNetJson.SetLength(0);
        await _graphQLNet.WriteJsonAsync(_graphQLNetJson, result);
        return _graphQLNetJson.Length;
    }
}
