using Microsoft.Data.Sqlite;
using Sermo.Api.Data;

namespace Sermo.Tests.Persistence;

/// <summary>The persistence suite on SQLite: a database file per test in a temporary directory.</summary>
public sealed class SqlitePersistenceTests : PersistenceTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sermo-sqlite-").FullName;

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string IndexNamesSql => "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'";

    protected override async Task<string> CreateDatabaseAsync()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "sermo.db"), Pooling = false }.ConnectionString;
        await PrepareSchemaAsync(Provider, connectionString);
        return connectionString;
    }

    protected override Task DropDatabaseAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
