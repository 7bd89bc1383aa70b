using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sermo.Api.Blobs;
using Sermo.Domain.Persistence;
using Sermo.Seeding;

namespace Sermo.Api.Data;

/// <summary>Generates a seed data set and bulk-loads it with the fastest writer for the provider.</summary>
public static class DatabaseSeeder
{
    public sealed record SeedReport(SeedSize Size, TimeSpan Generation, TimeSpan Load, IReadOnlyList<SeedLoader.TableLoad> Tables)
    {
        public int Rows => Tables.Sum(t => t.Rows);
    }

    /// <summary>A 512 MB page cache for the loading connection: the rating indexes stay in memory instead of being spilled and rewritten.</summary>
    private const string SqliteBulkSession = "PRAGMA cache_size = -524288;";

    /// <param name="blobs">Where the seed's images go (the host's blob store); null leaves their rows without bytes
    /// (tests of the data alone).</param>
    public static async Task<SeedReport> SeedAsync(SermoDbContext db, SeedPlan plan, SeedSize size, IBlobStore? blobs, CancellationToken cancellationToken = default)
    {
        var generation = Stopwatch.StartNew();
        var data = new SeedGenerator(plan).Generate();
        generation.Stop();
        var load = Stopwatch.StartNew();
        // A million rows and their indexes take minutes on a busy machine; the default 30 s is for requests.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        IBulkWriter writer = db.Database.IsNpgsql() ? new NpgsqlCopyWriter(db)
            : db.Database.IsSqlite() ? new RelationalBatchWriter(db, SqliteBulkSession)
            : new RelationalBatchWriter(db);
        // The bytes before the rows: an image row never names bytes that are not there.
        if (blobs is not null)
            foreach (var image in data.Images)
                await blobs.PutAsync(image.Image.BlobKey, new MemoryStream(image.Bytes, writable: false), image.Image.ContentType, cancellationToken);
        var tables = await SeedLoader.LoadAsync(db, data, writer, cancellationToken);
        return new SeedReport(size, generation.Elapsed, load.Elapsed, tables);
    }

    /// <summary>The plan with its newest poll open at the host's now, so a demo seeded any day has a poll to vote in.</summary>
    public static SeedPlan WithPollOpenNow(SeedPlan plan, IServiceProvider services) =>
        plan with { CurrentPollAt = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime };

    public static async Task<bool> IsEmptyAsync(SermoDbContext db, CancellationToken cancellationToken) =>
        !await db.Physicians.AnyAsync(cancellationToken);
}
