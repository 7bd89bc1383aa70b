using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Sermo.Api.Blobs;

namespace Sermo.Tests.Api.Blobs;

/// <summary>The file-system blob store on a folder of its own: round trips, the ETag, and a put that fails half way
/// leaving nothing behind.</summary>
public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), $"sermo-blobs-{Guid.NewGuid():N}");
    private readonly FileSystemBlobStore _store;

    public FileSystemBlobStoreTests()
    {
        Directory.CreateDirectory(_contentRoot);
        _store = new FileSystemBlobStore(Options.Create(new BlobStoreOptions { Path = "stored" }), new HostingEnvironment { ContentRootPath = _contentRoot });
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    private string[] FilesInStore() => Directory.Exists(_store.Root) ? Directory.GetFiles(_store.Root, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task A_put_blob_reads_back_with_its_type_length_and_sha256_etag()
    {
        var bytes = Encoding.UTF8.GetBytes("the bytes of a blob");

        var stored = await _store.PutAsync("images/one", new MemoryStream(bytes), "image/png", CancellationToken.None);
        await using var read = await _store.GetAsync("images/one", CancellationToken.None);

        Assert.Equal(new BlobInfo("images/one", "image/png", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), stored);
        Assert.NotNull(read);
        Assert.Equal(stored, read.Info);
        using var copy = new MemoryStream();
        await read.Content.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        Assert.StartsWith(Path.Combine(_contentRoot, "stored"), _store.Root, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_removes_the_bytes_and_their_description()
    {
        await _store.PutAsync("images/two", new MemoryStream([1, 2, 3]), "image/webp", CancellationToken.None);

        Assert.True(await _store.DeleteAsync("images/two", CancellationToken.None));
        Assert.False(await _store.DeleteAsync("images/two", CancellationToken.None));
        Assert.Null(await _store.GetAsync("images/two", CancellationToken.None));
        Assert.Empty(FilesInStore());
    }

    [Fact]
    public async Task A_put_that_fails_half_way_leaves_nothing()
    {
        var failing = new FailingStream(new byte[200_000], failAfter: 100_000);

        await Assert.ThrowsAsync<IOException>(() => _store.PutAsync("images/three", failing, "image/jpeg", CancellationToken.None));

        Assert.Null(await _store.GetAsync("images/three", CancellationToken.None));
        Assert.Empty(FilesInStore());
    }

    [Fact]
    public async Task A_failed_replacement_keeps_the_blob_that_was_there()
    {
        await _store.PutAsync("images/four", new MemoryStream([9, 9]), "image/png", CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => _store.PutAsync("images/four", new FailingStream(new byte[200_000], 100_000), "image/png", CancellationToken.None));

        await using var read = await _store.GetAsync("images/four", CancellationToken.None);
        Assert.Equal(2, read!.Info.Length);
        Assert.Equal(2, FilesInStore().Length);
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("images\\one")]
    [InlineData("Images/One")]
    [InlineData("images/one.meta.json")]
    [InlineData("")]
    public async Task Keys_cannot_leave_the_store(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.PutAsync(key, new MemoryStream([1]), "image/png", CancellationToken.None));
        Assert.Empty(FilesInStore());
    }

    /// <summary>Gives <paramref name="failAfter"/> bytes, then fails as a dropped connection would.</summary>
    private sealed class FailingStream(byte[] content, int failAfter) : MemoryStream(content)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position >= failAfter ? throw new IOException("The client went away.") : base.ReadAsync(buffer, cancellationToken);
    }
}
