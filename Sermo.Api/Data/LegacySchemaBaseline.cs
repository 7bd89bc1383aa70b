using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Data;

/// <summary>
/// Adopts a database made before EF Core migrations: <c>EnsureCreated</c> built the tables and a
/// <c>SchemaVersions</c> table recorded version 1, the schema the initial migration builds. Such a database
/// gets the migrations history with the initial migration marked applied, and loses the old table, in one
/// transaction; the migrations after the initial one then run as on any database.
/// </summary>
internal static class LegacySchemaBaseline
{
    public const string TableName = "SchemaVersions";
    public const int AdoptableVersion = 1;

    /// <summary>Returns true when this call adopted the database.</summary>
    public static async Task<bool> AdoptAsync(SermoDbContext db, CancellationToken cancellationToken)
    {
        // The catalog first: a new database answers that without a failed query. (Npgsql's history repository
        // always claims its table exists, so the applied migrations are what tell.)
        if (!await LegacyTableExistsAsync(db, cancellationToken) || await HasMigrationsAsync(db, cancellationToken))
            return false;

        // The table name is a constant, delimited the provider's way.
        var table = db.GetService<ISqlGenerationHelper>().DelimitIdentifier(TableName);
        var newestVersion = $"SELECT MAX(\"Version\") AS \"Value\" FROM {table}";
        var dropTable = $"DROP TABLE {table}";
        var history = db.GetService<IHistoryRepository>();
        var initial = db.Database.GetMigrations().First();
        try
        {
            var version = await db.Database.SqlQueryRaw<int?>(newestVersion).SingleAsync(cancellationToken);
            if (version != AdoptableVersion)
                throw new InvalidOperationException(
                    $"The database records schema version {version?.ToString() ?? "none"} in its {TableName} table; only version {AdoptableVersion} " +
                    "(the schema of the initial migration) can be taken over by migrations.");
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
            // A second server adopting at the same time fails here (on the history's key), or above (the old table
            // is gone), and finds the work done.
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion())), cancellationToken);
            await db.Database.ExecuteSqlRawAsync(dropTable, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            if (await HasMigrationsAsync(db, cancellationToken))
                return false;
            throw;
        }
    }

    private static async Task<bool> HasMigrationsAsync(SermoDbContext db, CancellationToken cancellationToken) =>
        (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();

    private static async Task<bool> LegacyTableExistsAsync(SermoDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlite()
            ? $"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{TableName}'"
            : db.Database.IsNpgsql()
                ? $"SELECT table_name::text AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{TableName}'"
                : $"SELECT TABLE_NAME AS \"Value\" FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_NAME = '{TableName}'";
        return (await db.Database.SqlQueryRaw<string>(sql).ToListAsync(cancellationToken)).Count > 0;
    }
}
