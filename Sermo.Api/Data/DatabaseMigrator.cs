using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Data;

/// <summary>
/// Brings a database to this build's newest migration: the one path by which start-up, <c>migrate</c> and
/// <c>seed</c> change a schema. EF Core's <c>Migrate</c> holds the provider's migration lock while it works
/// (a lock table on SQLite, <c>LOCK TABLE</c> on the history table in PostgreSQL, <c>sp_getapplock</c> on
/// SQL Server), so servers that start together apply each migration once.
/// </summary>
public static class DatabaseMigrator
{
    public static async Task<MigrationOutcome> MigrateAsync(SermoDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
            await EnableWriteAheadLogAsync(db, cancellationToken);
        var tookOver = await LegacySchemaBaseline.AdoptAsync(db, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return new MigrationOutcome(pending, tookOver);
    }

    /// <summary>The newest migration the database has, or null when it has none.</summary>
    public static async Task<string?> CurrentMigrationAsync(SermoDbContext db, CancellationToken cancellationToken) =>
        (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();

    /// <summary>SQLite: readers do not block the writer (the setting is kept in the database file).</summary>
    private static async Task EnableWriteAheadLogAsync(SermoDbContext db, CancellationToken cancellationToken)
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
}
