namespace Sermo.Api.Blobs;

/// <summary>Where uploaded bytes live, by key (<c>images/0190...</c>): the file system by default, an object store in a
/// deployment that wants one. A put is all or nothing: a reader never sees a blob half written, and a failed put leaves
/// nothing behind.</summary>
public interface IBlobStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/> (replacing what was there) and returns what
    /// was stored; the ETag is computed from the bytes.</summary>
    Task<BlobInfo> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>The blob and a stream over its bytes (the caller disposes of it), or null when there is none.</summary>
    Task<Blob?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the blob; false when there was none.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);
}
