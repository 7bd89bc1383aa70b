using Microsoft.Extensions.DependencyInjection;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Two real servers on the demo seed, one over SQLite and one over PostgreSQL (its own private PostgreSQL),
/// shared by the partner graph's test classes. Tests run each case against both (<see cref="Providers"/>); tests that
/// change data make their own objects (a case, a rating) rather than assume the seed is untouched.</summary>
public sealed class PartnerGraphFixture : IAsyncLifetime
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    private readonly PostgresServer _postgresServer = new();
    private SermoServer? _sqlite;
    private SermoServer? _postgres;

    public static TheoryData<string> Providers => new() { Sqlite, Postgres };

    public SermoServer Server(string provider) => provider switch
    {
        Sqlite => _sqlite ?? throw new InvalidOperationException("The SQLite server has not started."),
        Postgres => _postgres ?? throw new InvalidOperationException("The PostgreSQL server has not started."),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or Postgres."),
    };

    /// <summary>The SQL each server sent for tagged requests (<see cref="SqlCommandLog.TagHeader"/>).</summary>
    public SqlCommandLog SqlCommands(string provider) => Server(provider).Services.GetRequiredService<SqlCommandLog>();

    /// <summary>A caller of the graph on <paramref name="provider"/>'s server.</summary>
    public GraphClient Client(string provider, string? token = null) => new(Server(provider), token);

    public async Task InitializeAsync()
    {
        await _postgresServer.InitializeAsync();
        var connectionString = await _postgresServer.CreateDatabaseAsync("partner_graph");
        _sqlite = SermoServer.Start(new Dictionary<string, string?> { ["Database:SeedDemoWhenEmpty"] = "true" }, SqlCommandLog.AddTo);
        _postgres = SermoServer.Start(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Sermo"] = connectionString,
            ["Database:MigrateOnStart"] = "true",
            ["Database:SeedDemoWhenEmpty"] = "true",
        }, SqlCommandLog.AddTo);
    }

    public async Task DisposeAsync()
    {
        if (_sqlite is not null)
            await _sqlite.DisposeAsync();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
        await _postgresServer.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PartnerGraphCollection : ICollectionFixture<PartnerGraphFixture>
{
    public const string Name = "Partner graph";
}
