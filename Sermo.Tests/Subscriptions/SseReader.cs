namespace Sermo.Tests.Subscriptions;

/// <summary>Reads <c>event:</c>/<c>data:</c> blocks, skipping keep-alive comments; each read bounded.</summary>
internal sealed class SseReader(Stream stream) : IAsyncDisposable
{
    private readonly StreamReader _reader = new(stream);

    public async Task<(string Event, string Data)> ReadAsync() =>
        await ReadOrEndAsync() ?? throw new Xunit.Sdk.XunitException("The event stream ended early.");

    public async Task<(string Event, string Data)?> ReadOrEndAsync()
    {
        using var timeout = new CancellationTokenSource(RawSocket.Timeout);
        string? name = null;
        var data = new List<string>();
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, string.Join('\n', data));
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line["data:".Length..].TrimStart());
            }
        }

        return null;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        return ValueTask.CompletedTask;
    }
}
