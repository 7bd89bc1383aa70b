using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Sermo.Domain.Persistence;

namespace Sermo.Domain.Reports;

/// <summary>Writes stored cell rows (<see cref="ReportCellStorage"/>) inside the build's transaction, each value converted
/// by EF Core's own mapping (Guids as text on SQLite, enums as numbers), so the rows are those EF Core would write.
/// PostgreSQL takes each batch as one binary COPY (the fastest way in, no parameters to bind); SQLite runs one prepared
/// single-row INSERT per row (in-process, binding thousands of named parameters costs more than it saves); SQL Server
/// takes multi-row INSERTs, one round trip per batch.</summary>
internal sealed class ReportCellWriter(SermoDbContext db, ReportSqlDialect sql) : IAsyncDisposable
{
    private readonly (string Table, IReadOnlyList<TableColumn> Columns) _table = TableColumn.For(db.Model.FindEntityType(typeof(ReportCell))!);
    private DbCommand? _singleRow;

    /// <summary>Rows per batch: one COPY on PostgreSQL, one statement on SQL Server (within its limit on parameters).</summary>
    public int RowsPerBatch => sql.IsSqlite || sql.IsPostgres ? 20_000 : sql.RowsPerInsert(_table.Columns.Count);

    public async Task WriteAsync(IReadOnlyList<ReportCell> rows, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, rows, cancellationToken);
            return;
        }
        if (sql.IsSqlite)
        {
            var command = _singleRow ??= Command(1);
            foreach (var row in rows)
            {
                for (var column = 0; column < _table.Columns.Count; column++)
                    command.Parameters[column].Value = _table.Columns[column].ValueOf(row) ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return;
        }
        await using var batch = Command(rows.Count);
        for (var row = 0; row < rows.Count; row++)
            for (var column = 0; column < _table.Columns.Count; column++)
                batch.Parameters[row * _table.Columns.Count + column].Value = _table.Columns[column].ValueOf(rows[row]) ?? DBNull.Value;
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_singleRow is not null)
            await _singleRow.DisposeAsync();
    }

    /// <summary>One binary COPY in the open transaction; a COPY left incomplete (cancelled, failed) is discarded whole.</summary>
    private async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<ReportCell> rows, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            BulkStatements.Copy(_table.Table, _table.Columns), cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            foreach (var column in _table.Columns)
            {
                if (column.ValueOf(row) is { } value)
                    await copy.WriteAsync(value, cancellationToken);
                else
                    await copy.WriteNullAsync(cancellationToken);
            }
        }
        await copy.CompleteAsync(cancellationToken);
    }

    private DbCommand Command(int rows)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = 0;
        var values = new List<string[]>(rows);
        for (var row = 0; row < rows; row++)
        {
            var names = new string[_table.Columns.Count];
            for (var column = 0; column < _table.Columns.Count; column++)
            {
                var parameter = _table.Columns[column].TypeMapping.CreateParameter(command, $"@p{row}_{column}", null, nullable: true);
                command.Parameters.Add(parameter);
                names[column] = parameter.ParameterName;
            }
            values.Add(names);
        }
        command.CommandText = BulkStatements.Insert(_table.Table, _table.Columns, values);
        return command;
    }
}
