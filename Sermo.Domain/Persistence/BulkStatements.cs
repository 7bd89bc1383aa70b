namespace Sermo.Domain.Persistence;

/// <summary>The bulk writers' statements over a table's columns (<see cref="TableColumn"/>): an INSERT of one or more rows
/// of parameters, and PostgreSQL's binary COPY. Names are quoted the ANSI way, which SQLite, PostgreSQL and SQL Server
/// all read.</summary>
public static class BulkStatements
{
    /// <summary>One row of values per entry of <paramref name="parameterNamesPerRow"/>, in column order.</summary>
    public static string Insert(string table, IReadOnlyList<TableColumn> columns, IEnumerable<IEnumerable<string>> parameterNamesPerRow) =>
        $"INSERT INTO {Quote(table)} ({ColumnList(columns)}) VALUES {string.Join(", ", parameterNamesPerRow.Select(row => "(" + string.Join(", ", row) + ")"))}";

    public static string Copy(string table, IReadOnlyList<TableColumn> columns) =>
        $"COPY {Quote(table)} ({ColumnList(columns)}) FROM STDIN (FORMAT BINARY)";

    private static string ColumnList(IEnumerable<TableColumn> columns) => string.Join(", ", columns.Select(c => Quote(c.Name)));

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
