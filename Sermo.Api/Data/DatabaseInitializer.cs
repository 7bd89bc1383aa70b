using Microsoft.EntityFrameworkCore;
using Sermo.Api.Blobs;
using Microsoft.Extensions.Options;
using Sermo.Api.Reports;
using Sermo.Domain.Persistence;
using Sermo.Seeding;

namespace Sermo.Api.Data;

/// <summary>
/// Start-up: apply pending migrations when <c>Database:MigrateOnStart</c> says so, then seed the demo data set
/// into an empty database. A database left behind this build is reported (a warning now, and the
/// <c>database-schema</c> readiness check until <c>migrate</c> has run) and not seeded.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitialiseSermoDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Sermo.Database");
        await using var db = await services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync(cancellationToken);

        if (options.MigratesOnStart)
        {
            var outcome = await DatabaseMigrator.MigrateAsync(db, cancellationToken);
            logger.LogInformation("Database {Provider} at migration {Migration}: {Outcome}",
                options.ProviderKind, await DatabaseMigrator.CurrentMigrationAsync(db, cancellationToken), outcome.Describe());
        }
        else
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogWarning("Database {Provider}: {Problem} The server is not ready until then.",
                    options.ProviderKind, DatabaseSchemaHealthCheck.Describe(pending));
                return;
            }
        }

        if (options.SeedDemoWhenEmpty && await DatabaseSeeder.IsEmptyAsync(db, cancellationToken))
        {
            var report = await DatabaseSeeder.SeedAsync(db, DatabaseSeeder.WithPollOpenNow(SeedPlan.Demo, services), SeedSize.Demo,
                services.GetService<IBlobStore>(), cancellationToken);
            logger.LogInformation("Seeded the demo data set: {Rows} rows in {Seconds:F1} s", report.Rows, (report.Generation + report.Load).TotalSeconds);
            // The pharma graph's examples need a release to read: cut this slot's now rather than wait for the scheduler.
            if (services.GetService<ReportReleaseCutter>() is { } reports)
                await reports.CutScheduledAsync(cancellationToken);
        }
    }
}
