namespace Sermo.Api.Blobs;

/// <summary>A stored blob being read: its description and its bytes.</summary>
public sealed class Blob(BlobInfo info, Stream content) : IAsyncDisposable, IDisposable
{
    public BlobInfo Info { get; } = info;
    public Stream Content { get; } = content;

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public void Dispose() => Content.Dispose();
}
