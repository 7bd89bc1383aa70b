using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Seeding;

namespace Sermo.Api.Data;

/// <summary>Generates a seed data set and bulk-loads it with the fastest writer for the provider.</summary>
public static class DatabaseSeeder
{
    public sealed record SeedReport(SeedSize Size, TimeSpan Generation, TimeSpan Load, IReadOnlyList<SeedLoader.TableLoad> Tables)
    {
        public int Rows => Tables.Sum(t => t.Rows);
    }

    public static async Task<SeedReport> SeedAsync(SermoDbContext db, SeedPlan plan, SeedSize size, CancellationToken cancellationToken = default)
    {
        var generation = Stopwatch.StartNew();
        var data = new SeedGenerator(plan).Generate();
        generation.Stop();
        var load = Stopwatch.StartNew();
        IBulkWriter writer = db.Database.IsNpgsql() ? new NpgsqlCopyWriter(db) : new RelationalBatchWriter(db);
        var tables = await SeedLoader.LoadAsync(db, data, writer, cancellationToken);
        return new SeedReport(size, generation.Elapsed, load.Elapsed, tables);
    }

    public static async Task<bool> IsEmptyAsync(SermoDbContext db, CancellationToken cancellationToken) =>
        !await db.Physicians.IgnoreAutoIncludes().AnyAsync(cancellationToken);
}
