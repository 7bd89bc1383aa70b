namespace Sermo.Api.Blobs;

/// <summary>What a store holds under a key: the content type given at put, the length in bytes, and the ETag (the
/// SHA-256 of the bytes in lowercase hex, unquoted).</summary>
public sealed record BlobInfo(string Key, string ContentType, long Length, string ETag);
