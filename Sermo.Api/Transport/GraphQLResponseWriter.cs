using System.Buffers;
using System.Text.Json;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport;

/// <summary>Writes a GraphQL response with its status and media type. The JSON is built in a buffer kept per
/// thread and sent with a Content-Length, which saves chunked framing on the common small response. A buffer of up
/// to 1 MB is kept: a pharma report of some 300 KB would otherwise grow a new one on the large object heap, copying
/// as it doubles, on every request (most of that report's cost once its cells are in memory). Only the bytes written
/// for this response are ever sent.</summary>
public static class GraphQLResponseWriter
{
    private const int KeptBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static async Task WriteAsync(HttpContext context, int statusCode, string mediaType, OperationResult result)
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(4096);
        t_buffer = null;
        try
        {
            // The buffer's writer comes along with it: reset onto the buffer, it needs no allocation per response.
            var writer = t_writer ?? new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
            t_writer = null;
            writer.Reset(buffer);
            ResultJsonWriter.Write(writer, result);
            writer.Flush();
            t_writer = writer;
            var response = context.Response;
            response.StatusCode = statusCode;
            response.ContentType = GraphQLMediaTypes.ContentType(mediaType);
            response.ContentLength = buffer.WrittenCount;
            await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
        }
        finally
        {
            buffer.ResetWrittenCount();
            if (buffer.Capacity <= KeptBufferBytes)
                t_buffer = buffer;
        }
    }

    /// <summary>A response carrying one error and no data (refusals before execution).</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, string mediaType, string message, string code) =>
        WriteAsync(context, statusCode, mediaType, OperationResult.FromError(
            new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code })));
}
