using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Data;

/// <summary>
/// Brings a database to this build's newest migration: the one path by which start-up, <c>migrate</c> and
/// <c>seed</c> change a schema. EF Core's <c>Migrate</c> holds the provider's migration lock while it works
/// (a lock table on SQLite, <c>LOCK TABLE</c> on the history table in PostgreSQL, <c>sp_getapplock</c> on
/// SQL Server), so servers that start together apply each migration once; on PostgreSQL, whose lock lasts one
/// migration's transaction, a session advisory lock covers the whole run too.
/// </summary>
public static class DatabaseMigrator
{
    public static async Task<MigrationOutcome> MigrateAsync(SermoDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
            await EnableWriteAheadLogAsync(db, cancellationToken);
        if (!db.Database.IsNpgsql())
            return await ApplyAsync(db, cancellationToken);
        // Npgsql's migration lock is LOCK TABLE inside each migration's transaction, so it is let go between two
        // migrations and a second server can start on the later one meanwhile. A session advisory lock held around the
        // whole run keeps servers that start together one after another. (Migrate makes a missing database; so does this,
        // as the lock needs a connection to it.)
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (Npgsql.PostgresException exception) when (exception.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
            {
                // Another server made it at the same moment.
            }
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({PostgresMigrationLock})", cancellationToken);
            try
            {
                return await ApplyAsync(db, cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({PostgresMigrationLock})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The advisory lock key of Sermo's migrations on PostgreSQL (any fixed number other tools do not use).</summary>
    private const long PostgresMigrationLock = 0x5345524D4F;

    private static async Task<MigrationOutcome> ApplyAsync(SermoDbContext db, CancellationToken cancellationToken)
    {
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
