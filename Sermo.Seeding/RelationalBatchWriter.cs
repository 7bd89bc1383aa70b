using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Sermo.Domain.Persistence;

namespace Sermo.Seeding;

/// <summary>
/// The provider-neutral bulk path (SQLite, SQL Server): one parameterised INSERT per table, executed per row
/// inside one transaction per table. On SQLite this is the fastest safe way in; PostgreSQL has COPY instead.
/// <paramref name="sessionSetupSql"/> runs on the connection first (for example a larger page cache, so
/// index pages are not spilled and rewritten while a million rows go in).
/// </summary>
public sealed class RelationalBatchWriter(SermoDbContext db, string? sessionSetupSql = null) : IBulkWriter
{
    public async Task<int> WriteAsync(IEntityType entityType, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        var (table, columns) = TableColumn.For(entityType);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (sessionSetupSql is not null)
                await db.Database.ExecuteSqlRawAsync(sessionSetupSql, cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var parameters = new DbParameter[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i] = columns[i].TypeMapping.CreateParameter(command, "@p" + i, null, nullable: true);
                command.Parameters.Add(parameters[i]);
            }
            command.CommandText = BulkStatements.Insert(table, columns, [parameters.Select(p => p.ParameterName)]);
            // No explicit Prepare: SQLite prepares on the first execution and reuses the statement while the text
            // stays the same, and SqlClient's Prepare would insist on sizes for every variable-length parameter.

            var count = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Count; i++)
                    parameters[i].Value = columns[i].ValueOf(row) ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(cancellationToken);
                count++;
            }
            await transaction.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task FinishAsync(CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(
            db.Database.ProviderName == "Microsoft.EntityFrameworkCore.SqlServer" ? "EXEC sp_updatestats" : "ANALYZE", cancellationToken);
}
