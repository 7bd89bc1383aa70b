using System.Buffers;
using System.Text.Json;
using Sermo.GraphQL.Execution;

namespace Sermo.Benchmarks.Workloads;

/// <summary>Our result written as UTF-8 JSON into one reused buffer, as the HTTP transport writes a response
/// (no validation of the writer's calls): the "to JSON bytes" end of our engine's measurements.</summary>
public sealed class JsonResponseBuffer
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    /// <returns>The bytes written.</returns>
    public int Write(OperationResult result)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true }))
            ResultJsonWriter.Write(writer, result);
        return _buffer.WrittenCount;
    }
}
