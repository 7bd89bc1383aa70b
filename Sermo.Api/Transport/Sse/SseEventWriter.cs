using System.Text.Json;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.Sse;

/// <summary>Writes SSE events one at a time (results and keep-alive comments may race).</summary>
internal sealed class SseEventWriter(Stream body)
{
    private static readonly byte[] NextHeader = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();
    private static readonly byte[] Comment = ":\n\n"u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task WriteNextAsync(OperationResult result, CancellationToken cancellationToken)
    {
        // Compact JSON has no raw line breaks (they are escaped inside strings), so one data line holds it.
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            ResultJsonWriter.Write(writer, result);
        }

        await WriteAsync(cancellationToken, NextHeader, buffer.ToArray(), EventEnd);
    }

    public Task WriteCompleteAsync(CancellationToken cancellationToken) => WriteAsync(cancellationToken, Complete);

    public Task WriteCommentAsync(CancellationToken cancellationToken) => WriteAsync(cancellationToken, Comment);

    private async Task WriteAsync(CancellationToken cancellationToken, params byte[][] parts)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            foreach (var part in parts)
            {
                await body.WriteAsync(part, cancellationToken);
            }

            await body.FlushAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }
}
