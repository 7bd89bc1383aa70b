using BenchmarkDotNet.Attributes;
using Sermo.Benchmarks.Workloads;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Utilities;

namespace Sermo.Benchmarks.Benchmarks;

/// <summary>The standard introspection query (every optional part) over the workload schema, document cached:
/// what an IDE asks for on every load. HotChocolate publishes 262 µs / 67 KB on its own schema.</summary>
[MemoryDiagnoser]
public class IntrospectionBenchmarks
{
    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _executor = AuthorsBooks.CreateExecutor();
        _request = new GraphQLRequest { Query = IntrospectionQuery.Text };
        await BenchmarkChecks.ExpectNoErrorsAsync(_executor, _request);
    }

    [Benchmark]
    public Task<ExecutionResult> StandardIntrospectionQuery() => _executor.ExecuteAsync(_request);
}
