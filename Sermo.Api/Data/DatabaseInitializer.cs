using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sermo.Domain.Persistence;
using Sermo.Domain.Seeding;

namespace Sermo.Api.Data;

/// <summary>Start-up: bring the schema to the newest version, then seed the demo data set into an empty database.</summary>
public static class DatabaseInitializer
{
    public static async Task InitialiseSermoDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Sermo.Database");
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        await using var db = await services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync(cancellationToken);

        var applied = await PrepareSchemaAsync(db, clock, cancellationToken);
        logger.LogInformation("Database {Provider} at schema version {Version}; applied now: {Applied}",
            options.ProviderKind, new SchemaMigrator().LatestVersion, applied.Count == 0 ? "none" : string.Join(", ", applied));

        if (options.SeedDemoWhenEmpty && await DatabaseSeeder.IsEmptyAsync(db, cancellationToken))
        {
            var report = await DatabaseSeeder.SeedAsync(db, SeedPlan.Demo, SeedSize.Demo, cancellationToken);
            logger.LogInformation("Seeded the demo data set: {Rows} rows in {Seconds:F1} s", report.Rows, (report.Generation + report.Load).TotalSeconds);
        }
    }

    /// <summary>Creates or migrates the schema; on SQLite also turns on write-ahead logging so readers do not block the writer.</summary>
    public static async Task<IReadOnlyList<int>> PrepareSchemaAsync(SermoDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        return await new SchemaMigrator().MigrateAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
