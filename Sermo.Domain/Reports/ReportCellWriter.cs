using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sermo.Domain.Persistence;

namespace Sermo.Domain.Reports;

/// <summary>Writes cells inside the build's transaction, each value converted by EF Core's own mapping (Guids as text on
/// SQLite, enums as numbers), so the rows are those EF Core would write. SQLite runs one prepared single-row INSERT per
/// cell (in-process, the fastest way in; binding thousands of named parameters costs more than it saves); the server
/// databases take multi-row INSERTs, one round trip per batch.</summary>
internal sealed class ReportCellWriter(SermoDbContext db, ReportSqlDialect sql) : IAsyncDisposable
{
    private readonly (string Table, IReadOnlyList<TableColumn> Columns) _table = TableColumn.For(db.Model.FindEntityType(typeof(ReportCell))!);
    private DbCommand? _singleRow;

    /// <summary>Cells per batch: a batch is one statement on the servers, within their limit on parameters.</summary>
    public int RowsPerBatch => sql.IsSqlite ? 2_000 : sql.RowsPerInsert(_table.Columns.Count);

    public async Task WriteAsync(IReadOnlyList<ReportCell> cells, CancellationToken cancellationToken)
    {
        if (sql.IsSqlite)
        {
            var command = _singleRow ??= Command(1);
            foreach (var cell in cells)
            {
                for (var column = 0; column < _table.Columns.Count; column++)
                    command.Parameters[column].Value = _table.Columns[column].ValueOf(cell) ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return;
        }
        await using var batch = Command(cells.Count);
        for (var row = 0; row < cells.Count; row++)
            for (var column = 0; column < _table.Columns.Count; column++)
                batch.Parameters[row * _table.Columns.Count + column].Value = _table.Columns[column].ValueOf(cells[row]) ?? DBNull.Value;
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_singleRow is not null)
            await _singleRow.DisposeAsync();
    }

    private DbCommand Command(int rows)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = 0;
        var values = new List<string>(rows);
        for (var row = 0; row < rows; row++)
        {
            var names = new string[_table.Columns.Count];
            for (var column = 0; column < _table.Columns.Count; column++)
            {
                var parameter = _table.Columns[column].TypeMapping.CreateParameter(command, $"@p{row}_{column}", null, nullable: true);
                command.Parameters.Add(parameter);
                names[column] = parameter.ParameterName;
            }
            values.Add("(" + string.Join(", ", names) + ")");
        }
        command.CommandText = $"INSERT INTO \"{_table.Table}\" ({string.Join(", ", _table.Columns.Select(c => "\"" + c.Name + "\""))}) VALUES {string.Join(", ", values)}";
        return command;
    }
}
