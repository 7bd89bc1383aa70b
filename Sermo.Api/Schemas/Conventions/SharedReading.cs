namespace Sermo.Api.Schemas.Conventions;

/// <summary>A value read from the database that is the same for every caller (counts of everyone, the public catalogue),
/// shared by all requests and read again once older than its maximum age. Only such values belong here: nothing read for
/// one caller may be shared with another. One read runs at a time and every waiting request shares it; the read ignores
/// any one request's cancellation (others await it), and a failed read is retried by the next request.</summary>
public sealed class SharedReading<T>(Func<CancellationToken, Task<T>> read, TimeProvider clock, TimeSpan maxAge)
{
    private readonly Lock _gate = new();
    private Task<T>? _current;
    private DateTimeOffset _readAt;

    public Task<T> CurrentAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_current is null || _current.IsFaulted || _current.IsCanceled || now - _readAt > maxAge)
            {
                _readAt = now;
                _current = read(CancellationToken.None);
            }
            return _current.WaitAsync(cancellationToken);
        }
    }
}
