using Sermo.Domain.Pages;

namespace Sermo.Api.Images;

/// <summary>An upload that passed every check, re-encoded: what to store (<see cref="Content"/>, a temporary file
/// deleted on disposal) and what it is.</summary>
public sealed class InspectedImage(StoredImageFormat format, int width, int height, string sha256, Stream content) : IAsyncDisposable
{
    public StoredImageFormat Format { get; } = format;
    public int Width { get; } = width;
    public int Height { get; } = height;

    /// <summary>SHA-256 of <see cref="Content"/>, lowercase hex.</summary>
    public string Sha256 { get; } = sha256;

    /// <summary>The re-encoded bytes, positioned at the start.</summary>
    public Stream Content { get; } = content;

    public long Length => Content.Length;

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
