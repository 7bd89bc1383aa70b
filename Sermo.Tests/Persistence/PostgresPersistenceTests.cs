using System.Runtime.CompilerServices;
using Npgsql;
using Sermo.Api.Data;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Persistence;

/// <summary>The persistence suite on a real PostgreSQL 15 started by the test run: a database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPersistenceTests(PostgresServer server) : PersistenceTests
{
    private readonly string _database = "persistence_" + Guid.NewGuid().ToString("N");
    private string EmptyDatabase => _database + "_empty";

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string IndexNamesSql => "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public'";

    /// <summary>One migrated database per server; each test gets a copy (much faster than migrating again).</summary>
    private static readonly ConditionalWeakTable<PostgresServer, Task<string>> Templates = new();

    protected override async Task<string> CreateDatabaseAsync()
    {
        var template = await Templates.GetValue(server, CreateTemplateAsync);
        return await server.CreateDatabaseAsync(_database, template);
    }

    protected override Task<string> CreateEmptyDatabaseAsync() => server.CreateDatabaseAsync(EmptyDatabase);

    private static async Task<string> CreateTemplateAsync(PostgresServer server)
    {
        const string name = "persistence_template";
        var connectionString = await server.CreateDatabaseAsync(name);
        await MigrateAsync(DatabaseProvider.Postgres, connectionString);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        return name;
    }

    protected override async Task DropDatabaseAsync()
    {
        await server.DropDatabaseAsync(_database);
        await server.DropDatabaseAsync(EmptyDatabase);
    }
}
