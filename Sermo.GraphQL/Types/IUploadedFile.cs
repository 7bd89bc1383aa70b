namespace Sermo.GraphQL.Types;

/// <summary>A file a client sent with its request, as the value of an <c>Upload</c> variable. The transport makes it
/// (from a multipart request part, held outside memory) and disposes of it when the request ends; resolvers read it
/// through <see cref="OpenReadStream"/> and never learn where it is kept.</summary>
public interface IUploadedFile
{
    /// <summary>The file name the client gave; a hint only (it proves nothing about the content).</summary>
    string FileName { get; }

    /// <summary>The content type the client declared for the part, if any; a hint only.</summary>
    string? ContentType { get; }

    /// <summary>The size in bytes, counted as the part was received.</summary>
    long Length { get; }

    /// <summary>A new read-only stream over the file's bytes from the start; the caller disposes of it.</summary>
    Stream OpenReadStream();
}
