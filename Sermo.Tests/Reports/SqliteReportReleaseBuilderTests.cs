using Microsoft.Data.Sqlite;
using Sermo.Api.Data;
using Sermo.Domain.Persistence;
using Sermo.Tests.Persistence;

namespace Sermo.Tests.Reports;

/// <summary>The release build on SQLite: a database file per test.</summary>
public sealed class SqliteReportReleaseBuilderTests : ReportReleaseBuilderTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sermo-reports-").FullName;

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override async Task<string> CreateDatabaseAsync()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "sermo.db"), Pooling = false }.ConnectionString;
        await using var db = new SermoDbContext(PersistenceTests.OptionsFor(Provider, connectionString));
        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        return connectionString;
    }

    protected override Task DropDatabaseAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
