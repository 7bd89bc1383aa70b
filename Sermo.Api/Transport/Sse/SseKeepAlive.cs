namespace Sermo.Api.Transport.Sse;

/// <summary>A comment line every interval while a stream is open, so proxies keep the response alive.</summary>
internal sealed class SseKeepAlive : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    public SseKeepAlive(SseEventWriter stream, TimeSpan interval, CancellationToken aborted)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        _loop = RunAsync(stream, interval, _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private static async Task RunAsync(SseEventWriter stream, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await stream.WriteCommentAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // Stopped, or the client went away.
        }
    }
}
