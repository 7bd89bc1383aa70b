using Microsoft.Data.SqlClient;
using Sermo.Api.Data;
using Sermo.Tests.TestSupport;

namespace Sermo.Tests.Persistence;

/// <summary>
/// The persistence suite on SQL Server, which this test run cannot start: it runs when
/// <see cref="VariableName"/> holds a connection string to a server (CI's sqlserver job points it at its
/// container) and gets a database per test there, migrated like the server does it.
/// </summary>
[RequiresEnvironmentVariable(VariableName, "the SQL Server persistence tests need a server to run against (CI's sqlserver job sets it).")]
public sealed class SqlServerPersistenceTests : PersistenceTests
{
    public const string VariableName = "SERMO_TEST_SQLSERVER";

    private readonly string _database = "persistence_" + Guid.NewGuid().ToString("N");
    private string EmptyDatabase => _database + "_empty";

    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    protected override string IndexNamesSql => "SELECT name AS \"Value\" FROM sys.indexes WHERE name IS NOT NULL";

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) ?? throw new InvalidOperationException($"{VariableName} is not set.");

    protected override async Task<string> CreateDatabaseAsync()
    {
        var connectionString = await CreateAsync(_database);
        await MigrateAsync(Provider, connectionString);
        return connectionString;
    }

    protected override Task<string> CreateEmptyDatabaseAsync() => CreateAsync(EmptyDatabase);

    protected override async Task DropDatabaseAsync()
    {
        await DropAsync(_database);
        await DropAsync(EmptyDatabase);
    }

    private static async Task<string> CreateAsync(string name)
    {
        await ExecuteOnServerAsync($"CREATE DATABASE [{name}]");
        return new SqlConnectionStringBuilder(ServerConnectionString) { InitialCatalog = name }.ConnectionString;
    }

    private static async Task DropAsync(string name)
    {
        SqlConnection.ClearPool(new SqlConnection(new SqlConnectionStringBuilder(ServerConnectionString) { InitialCatalog = name }.ConnectionString));
        await ExecuteOnServerAsync(
            $"IF DB_ID('{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END");
    }

    /// <summary>Runs a statement in <c>master</c>; the names in it are made here from a Guid, never from input.</summary>
    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(ServerConnectionString) { InitialCatalog = "master" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
