namespace Sermo.Api.Transport;

/// <summary>Waits for a caller's token to stop being accepted, for connections that outlive the request that opened
/// them (sockets, event streams): one timer per connection rather than a check per message.</summary>
internal static class CredentialExpiry
{
    /// <summary>A timer waits at most about 49 days at once, and a token may be valid for longer.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    /// <summary>Completes once <paramref name="expiresAt"/> has passed; throws <see cref="OperationCanceledException"/>
    /// when <paramref name="cancellationToken"/> is cancelled first.</summary>
    public static async Task WaitAsync(DateTimeOffset expiresAt, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var remaining = expiresAt - time.GetUtcNow(); remaining > TimeSpan.Zero; remaining = expiresAt - time.GetUtcNow())
        {
            await Task.Delay(remaining < LongestWait ? remaining : LongestWait, time, cancellationToken);
        }
    }
}
