using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Sermo.Api.Blobs;

/// <summary>Blobs as files under one folder: the bytes at <c>&lt;key&gt;</c> and their description beside them at
/// <c>&lt;key&gt;.meta.json</c>. A put writes both to temporary files in the same folder and renames them into place,
/// description first: a blob's bytes exist only with their description, and a failed put deletes its temporary files.</summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private const string MetadataSuffix = ".meta.json";
    private const int BufferBytes = 81920;

    public FileSystemBlobStore(IOptions<BlobStoreOptions> options, IHostEnvironment environment)
    {
        Root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Path));
    }

    /// <summary>The folder that holds the blobs.</summary>
    public string Root { get; }

    public async Task<BlobInfo> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporaryContent = TemporaryPath(path);
        var temporaryMetadata = TemporaryPath(path);
        try
        {
            BlobInfo info;
            await using (var target = new FileStream(temporaryContent, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, FileOptions.Asynchronous))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[BufferBytes];
                long length = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    length += read;
                }
                await target.FlushAsync(cancellationToken);
                info = new BlobInfo(key, contentType, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
            }
            await File.WriteAllBytesAsync(temporaryMetadata, JsonSerializer.SerializeToUtf8Bytes(new Metadata(info.ContentType, info.Length, info.ETag)), cancellationToken);
            File.Move(temporaryMetadata, path + MetadataSuffix, overwrite: true);
            File.Move(temporaryContent, path, overwrite: true);
            return info;
        }
        finally
        {
            File.Delete(temporaryContent);
            File.Delete(temporaryMetadata);
        }
    }

    public async Task<Blob?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Metadata? metadata;
        FileStream content;
        try
        {
            // The bytes are opened first: once open they stay readable even if a delete follows.
            content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception missing) when (missing is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        try
        {
            await using var stream = File.OpenRead(path + MetadataSuffix);
            metadata = await JsonSerializer.DeserializeAsync<Metadata>(stream, cancellationToken: cancellationToken);
        }
        catch (Exception missing) when (missing is FileNotFoundException or DirectoryNotFoundException)
        {
            metadata = null;
        }
        if (metadata is null)
        {
            await content.DisposeAsync();
            return null;
        }
        return new Blob(new BlobInfo(key, metadata.ContentType, metadata.Length, metadata.ETag), content);
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        var existed = File.Exists(path);
        // The bytes go first, so what remains after a crash in between is a description without bytes: absent to GetAsync.
        File.Delete(path);
        File.Delete(path + MetadataSuffix);
        return Task.FromResult(existed);
    }

    private string PathOf(string key)
    {
        BlobKeys.EnsureValid(key);
        return Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    private static string TemporaryPath(string path) => $"{path}.{Guid.NewGuid():N}.tmp";

    private sealed record Metadata(string ContentType, long Length, string ETag);
}
