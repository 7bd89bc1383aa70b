namespace Sermo.Api.Transport.Multipart;

/// <summary>Limits of multipart requests (files sent with an operation), bound from the <c>Uploads</c> configuration
/// section. The <c>operations</c> and <c>map</c> parts are JSON and share <c>GraphQL:MaxRequestBytes</c>.</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>The most file parts one request may carry; more get 413 <c>TOO_MANY_FILES</c>.</summary>
    public int MaxFiles { get; set; } = 4;

    /// <summary>The largest file part accepted (bytes); a larger one gets 413 <c>REQUEST_TOO_LARGE</c>. Above the image
    /// rule's 5 MB on purpose, so an image slightly over it gets the mutation's typed <c>IMAGE_TOO_LARGE</c>.</summary>
    public long MaxFileBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The largest whole multipart body (bytes), every part together.</summary>
    public long MaxRequestBytes { get; set; } = 20 * 1024 * 1024;
}
