namespace Sermo.Domain.Reports;

/// <summary>The few pieces of the release build's SQL that differ between providers: temporary tables, calendar parts
/// of a UTC timestamp, rounding an average half up, and the lock that makes one instance cut a release at a time.</summary>
internal sealed class ReportSqlDialect
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>The PostgreSQL advisory lock key of release cuts (an arbitrary constant of this application).</summary>
    private const long ReleaseLockKey = 0x5E2A0_2E1EA5E;

    private ReportSqlDialect(string provider) => Provider = provider;

    public string Provider { get; }
    public bool IsSqlite => Provider == SqliteProvider;
    public bool IsSqlServer => Provider == SqlServerProvider;
    public bool IsPostgres => Provider == PostgresProvider;

    public static ReportSqlDialect For(string? providerName) => providerName switch
    {
        SqliteProvider or PostgresProvider or SqlServerProvider => new ReportSqlDialect(providerName),
        _ => throw new NotSupportedException($"Report releases are built on SQLite, PostgreSQL and SQL Server, not on {providerName}."),
    };

    /// <summary>A session's own table: gone with the connection whatever happens, and dropped by the build at its end.</summary>
    public string Temp(string name) => IsSqlServer ? "#" + name : name;

    public string CreateTempTable(string name, string columns) => IsSqlServer
        ? $"CREATE TABLE {Temp(name)} ({columns})"
        : $"CREATE TEMPORARY TABLE {name} ({columns})";

    /// <summary>The column type of a copied key (EF Core keeps Guids as text on SQLite).</summary>
    public string GuidType => Provider switch
    {
        SqliteProvider => "TEXT",
        PostgresProvider => "uuid",
        _ => "uniqueidentifier",
    };

    public string TextType => IsSqlServer ? "nvarchar(60)" : "TEXT";

    public string DropTempTable(string name) => IsSqlServer
        ? $"IF OBJECT_ID('tempdb..{Temp(name)}') IS NOT NULL DROP TABLE {Temp(name)}"
        : $"DROP TABLE IF EXISTS {Temp(name)}";

    public string Year(string column) => Provider switch
    {
        SqliteProvider => $"CAST(substr({column}, 1, 4) AS INTEGER)",
        PostgresProvider => $"CAST(EXTRACT(YEAR FROM {column} AT TIME ZONE 'UTC') AS INTEGER)",
        _ => $"YEAR({column})",
    };

    /// <summary>Whether a timestamp lies before 1 January of a year. PostgreSQL compares timestamps: the migration that
    /// added the catalogue's listing dates left older rows at the earliest date there is, which PostgreSQL keeps as
    /// -infinity, and no year can be extracted from that.</summary>
    public string BeforeYear(string column, string year) => Provider switch
    {
        PostgresProvider => $"{column} < make_timestamptz({year}, 1, 1, 0, 0, 0, 'UTC')",
        _ => $"{Year(column)} < {year}",
    };

    public string Month(string column) => Provider switch
    {
        SqliteProvider => $"CAST(substr({column}, 6, 2) AS INTEGER)",
        PostgresProvider => $"CAST(EXTRACT(MONTH FROM {column} AT TIME ZONE 'UTC') AS INTEGER)",
        _ => $"MONTH({column})",
    };

    /// <summary>The mean of whole scores rounded half up to a whole score (SQLite's AVG is a double, PostgreSQL's exact).</summary>
    public string RoundedAverage(string column) => Provider switch
    {
        SqliteProvider => $"CAST(AVG({column}) + 0.5 AS INTEGER)",
        PostgresProvider => $"CAST(FLOOR(AVG({column}) + 0.5) AS INTEGER)",
        _ => $"CAST(FLOOR(AVG(CAST({column} AS float)) + 0.5) AS int)",
    };

    /// <summary>Taken first in the write transaction: cuts on other instances wait for this one to commit or roll back.
    /// SQLite needs none: its first write takes the database's single writer lock for the transaction.</summary>
    public string? ReleaseLock => Provider switch
    {
        PostgresProvider => $"SELECT pg_advisory_xact_lock({ReleaseLockKey})",
        SqlServerProvider => "EXEC sp_getapplock @Resource = 'Sermo.ReportRelease', @LockMode = 'Exclusive', @LockOwner = 'Transaction'",
        _ => null,
    };

    /// <summary>Settings of the build's connection while it builds, and what puts them back (the connection returns to a
    /// pool). SQLite: a larger page cache, so writing millions of index entries does not re-read pages from disk, and the
    /// staging tables in memory.</summary>
    public (string Set, string Reset)? BuildConnectionSettings => IsSqlite
        ? ("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT")
        : null;

    /// <summary>Run after a release commits. PostgreSQL: fresh statistics for the cells, whose new rows the planner would
    /// otherwise not know of until autovacuum comes by; with stale ones it sorted a whole release for a page of
    /// <c>rows</c> instead of walking the primary key.</summary>
    public string? AfterPublish => Provider == PostgresProvider ? "ANALYZE \"ReportCells\"" : null;

    /// <summary>Rows per multi-row INSERT, within each provider's limit on parameters (SQL Server's is 2,100).</summary>
    public int RowsPerInsert(int columns) => (IsSqlServer ? 2_000 : 30_000) / columns;
}
