using System.Runtime.CompilerServices;
using Npgsql;
using Sermo.Api.Data;
using Sermo.Domain.Persistence;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Persistence;

namespace Sermo.Tests.Reports;

/// <summary>The release build on the test run's PostgreSQL 15: a database per test, copied from a migrated template.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresReportReleaseBuilderTests(PostgresServer server) : ReportReleaseBuilderTests
{
    private static readonly ConditionalWeakTable<PostgresServer, Task<string>> Templates = new();
    private readonly string _database = "reports_" + Guid.NewGuid().ToString("N");

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override async Task<string> CreateDatabaseAsync() =>
        await server.CreateDatabaseAsync(_database, await Templates.GetValue(server, CreateTemplateAsync));

    private static async Task<string> CreateTemplateAsync(PostgresServer server)
    {
        const string name = "reports_template";
        var connectionString = await server.CreateDatabaseAsync(name);
        await using (var db = new SermoDbContext(PersistenceTests.OptionsFor(DatabaseProvider.Postgres, connectionString)))
            await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        return name;
    }

    protected override Task DropDatabaseAsync() => server.DropDatabaseAsync(_database);
}
