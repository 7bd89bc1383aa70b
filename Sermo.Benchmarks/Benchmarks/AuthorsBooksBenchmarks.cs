using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Sermo.Benchmarks.Workloads;
using Sermo.GraphQL.Execution;

namespace Sermo.Benchmarks.Benchmarks;

/// <summary>The authors/books workload, the one measured side by side with graphql-js and graphql-jit:
/// a cached operation to the in-memory result, and the same written as JSON.</summary>
[MemoryDiagnoser]
public class AuthorsBooksBenchmarks
{
    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    [GlobalSetup]
    public async Task Setup()
    {
        _executor = AuthorsBooks.CreateExecutor();
        _request = AuthorsBooks.CreateRequest(AuthorsBooks.LoadData());
        await BenchmarkChecks.ExpectNoErrorsAsync(_executor, _request);
    }

    [Benchmark(Baseline = true)]
    public Task<ExecutionResult> Execute() => _executor.ExecuteAsync(_request);

    [Benchmark]
    public async Task<int> ExecuteAndWriteJson()
    {
        var result = (OperationResult)await _executor.ExecuteAsync(_request);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer))
            ResultJsonWriter.Write(writer, result);
        return _buffer.WrittenCount;
    }
}
