namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>A write-only stream in front of one that cannot seek or take synchronous writes (an HTTP response body):
/// it counts the bytes written (<see cref="Position"/>, which a Parquet writer asks for its offsets) and keeps them
/// until <see cref="SendAsync"/> passes them on asynchronously.</summary>
public sealed class ForwardOnlyStream(Stream inner) : Stream
{
    private readonly MemoryStream _pending = new();
    private long _sent;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _sent + _pending.Length;

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException("This stream only moves forward.");
    }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        _pending.Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _pending.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    /// <summary>Passes what was written so far on to the inner stream.</summary>
    public async Task SendAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length == 0)
            return;
        await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
        await inner.FlushAsync(cancellationToken);
        _sent += _pending.Length;
        _pending.SetLength(0);
    }

    /// <summary>Kept bytes are sent by <see cref="SendAsync"/>, never by a synchronous flush.</summary>
    public override void Flush() { }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _pending.Dispose();
        base.Dispose(disposing);
    }
}
