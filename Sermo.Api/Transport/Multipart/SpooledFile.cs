using System.Buffers;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Transport.Multipart;

/// <summary>A file part of a multipart request, copied to a temporary file as it arrives (never held whole in memory)
/// and deleted when the request ends.</summary>
public sealed class SpooledFile : IUploadedFile, IDisposable
{
    private const int BufferBytes = 81920;
    private readonly string _path;

    private SpooledFile(string path, string fileName, string? contentType, long length)
    {
        _path = path;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
    }

    public string FileName { get; }
    public string? ContentType { get; }
    public long Length { get; }

    /// <summary>Copies <paramref name="source"/> to a new temporary file; null (and nothing left on disk) when it holds
    /// more than <paramref name="maxBytes"/>: reading stops at the first byte over.</summary>
    public static async Task<SpooledFile?> CopyAsync(Stream source, string fileName, string? contentType, long maxBytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sermo-upload-{Guid.NewGuid():N}");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        var complete = false;
        try
        {
            long length = 0;
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferBytes), cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                        return null;
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            complete = true;
            return new SpooledFile(path, fileName, contentType, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!complete)
                File.Delete(path);
        }
    }

    public Stream OpenReadStream() =>
        new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Dispose()
    {
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
            // A reader still holds it open on a platform that forbids deleting open files; the temp folder's cleaner gets it.
        }
    }
}
