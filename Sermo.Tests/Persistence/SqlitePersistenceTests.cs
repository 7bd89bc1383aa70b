using Microsoft.Data.Sqlite;
using Sermo.Api.Data;

namespace Sermo.Tests.Persistence;

/// <summary>The persistence suite on SQLite: database files per test in a temporary directory.</summary>
public sealed class SqlitePersistenceTests : PersistenceTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sermo-sqlite-").FullName;

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string IndexNamesSql => "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'";

    protected override async Task<string> CreateDatabaseAsync()
    {
        var connectionString = ConnectionStringFor("sermo.db");
        await MigrateAsync(Provider, connectionString);
        return connectionString;
    }

    protected override Task<string> CreateEmptyDatabaseAsync() => Task.FromResult(ConnectionStringFor("empty.db"));

    private string ConnectionStringFor(string file) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, file), Pooling = false }.ConnectionString;

    protected override Task DropDatabaseAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
