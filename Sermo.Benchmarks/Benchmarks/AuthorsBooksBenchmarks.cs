using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Sermo.Benchmarks.Workloads;
using Sermo.GraphQL.Execution;

namespace Sermo.Benchmarks.Benchmarks;

/// <summary>The authors/books workload, the one measured side by side with graphql-js and graphql-jit:
/// a cached operation to the in-memory result, the same written as JSON, and the writing alone (as the
/// HTTP transport writes: no validation).</summary>
[MemoryDiagnoser]
public class AuthorsBooksBenchmarks
{
    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private OperationResult _result = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _executor = AuthorsBooks.CreateExecutor();
        _request = AuthorsBooks.CreateRequest(AuthorsBooks.LoadData());
        await BenchmarkChecks.ExpectNoErrorsAsync(_executor, _request);
        _result = (OperationResult)await _executor.ExecuteAsync(_request);
    }

    /// <summary>Released after use, as the server's transports release a written response (its objects are reused).</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> Execute()
    {
        await using var result = await _executor.ExecuteAsync(_request);
        return ((OperationResult)result).Errors.Count;
    }

    [Benchmark]
    public async Task<int> ExecuteAndWriteJson()
    {
        await using var result = await _executor.ExecuteAsync(_request);
        return WriteJson((OperationResult)result);
    }

    /// <summary>Only the writing: one result, executed once, written again each time.</summary>
    [Benchmark]
    public int WriteJson() => WriteJson(_result);

    private int WriteJson(OperationResult result)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true }))
            ResultJsonWriter.Write(writer, result);
        return _buffer.WrittenCount;
    }
}
