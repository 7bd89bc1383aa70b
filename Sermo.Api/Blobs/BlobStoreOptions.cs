namespace Sermo.Api.Blobs;

/// <summary>The file-system blob store, bound from the <c>BlobStore</c> configuration section.</summary>
public sealed class BlobStoreOptions
{
    public const string SectionName = "BlobStore";

    /// <summary>The folder that holds the blobs; a relative path is under the content root.</summary>
    public string Path { get; set; } = "blobs";
}
