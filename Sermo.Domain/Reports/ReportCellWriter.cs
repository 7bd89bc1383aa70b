using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sermo.Domain.Persistence;

namespace Sermo.Domain.Reports;

/// <summary>Writes cells in multi-row INSERTs inside the build's transaction, each value converted by EF Core's own
/// mapping (Guids as text on SQLite, enums as numbers), so the rows are those EF Core would write.</summary>
internal sealed class ReportCellWriter(SermoDbContext db, ReportSqlDialect sql)
{
    private readonly IReadOnlyList<TableColumn> _columns = TableColumn.For(db.Model.FindEntityType(typeof(ReportCell))!).Columns;
    private readonly string _table = TableColumn.For(db.Model.FindEntityType(typeof(ReportCell))!).Table;

    /// <summary>Rows per statement, within the provider's limit on parameters.</summary>
    public int RowsPerBatch => sql.RowsPerInsert(_columns.Count);

    public async Task WriteAsync(IReadOnlyList<ReportCell> cells, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = 0;
        var rows = new List<string>(cells.Count);
        for (var row = 0; row < cells.Count; row++)
        {
            var names = new string[_columns.Count];
            for (var column = 0; column < _columns.Count; column++)
            {
                var parameter = _columns[column].TypeMapping.CreateParameter(command, $"@p{row}_{column}", null, nullable: true);
                parameter.Value = _columns[column].ValueOf(cells[row]) ?? DBNull.Value;
                command.Parameters.Add(parameter);
                names[column] = parameter.ParameterName;
            }
            rows.Add("(" + string.Join(", ", names) + ")");
        }
        command.CommandText = $"INSERT INTO \"{_table}\" ({string.Join(", ", _columns.Select(c => "\"" + c.Name + "\""))}) VALUES {string.Join(", ", rows)}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
