using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Data;

/// <summary>A seeded library database and a pooled context factory over it, logging every command.</summary>
public abstract class LibraryDatabase : IAsyncLifetime
{
    public CommandLog Log { get; } = new();

    public IDbContextFactory<LibraryContext> Contexts { get; private set; } = null!;

    protected abstract DbContextOptionsBuilder<LibraryContext> Configure(DbContextOptionsBuilder<LibraryContext> options);

    protected abstract Task<string> CreateAsync();

    public virtual async Task InitializeAsync()
    {
        await CreateAsync();
        var options = Configure(new DbContextOptionsBuilder<LibraryContext>()).AddInterceptors(Log).Options;
        Contexts = new PooledDbContextFactory<LibraryContext>(options);
        await using var db = await Contexts.CreateDbContextAsync();
        await db.SeedAsync();
        Log.Clear();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>In-memory SQLite shared between connections (each context opens its own, so contexts can run in
/// parallel) and kept alive by one connection held open for the fixture's life.</summary>
public sealed class SqliteLibraryDatabase : LibraryDatabase
{
    private readonly string _connectionString = $"Data Source=library_{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private SqliteConnection? _keeper;

    protected override DbContextOptionsBuilder<LibraryContext> Configure(DbContextOptionsBuilder<LibraryContext> options) =>
        options.UseSqlite(_connectionString);

    protected override async Task<string> CreateAsync()
    {
        _keeper = new SqliteConnection(_connectionString);
        await _keeper.OpenAsync();
        return _connectionString;
    }

    public override async Task DisposeAsync()
    {
        if (_keeper is not null)
            await _keeper.DisposeAsync();
    }
}

/// <summary>A database of its own on the test run's PostgreSQL 15.</summary>
public sealed class PostgresLibraryDatabase(PostgresServer server) : LibraryDatabase
{
    private readonly string _name = "library_" + Guid.NewGuid().ToString("N");
    private string _connectionString = "";

    protected override DbContextOptionsBuilder<LibraryContext> Configure(DbContextOptionsBuilder<LibraryContext> options) =>
        options.UseNpgsql(_connectionString);

    protected override async Task<string> CreateAsync() => _connectionString = await server.CreateDatabaseAsync(_name);

    public override Task DisposeAsync() => server.DropDatabaseAsync(_name);
}
