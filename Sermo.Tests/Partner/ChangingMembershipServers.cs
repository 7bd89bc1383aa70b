using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Schemas.Partner.Physicians;
using Sermo.Domain.Persistence;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>A SQLite and a PostgreSQL server on empty databases, whose member counts a test ages on demand
/// (<see cref="ExpireMemberCounts"/>), so a test that changes the membership step by step owns every member counted
/// and sees each step without waiting for the counts' cache.</summary>
public sealed class ChangingMembershipServers : IAsyncLifetime
{
    private readonly PostgresServer _postgresServer = new();
    private readonly SteppedClock _countsClock = new();
    private SermoServer? _sqlite;
    private SermoServer? _postgres;

    public SermoServer Server(string provider) => provider switch
    {
        PartnerGraphFixture.Sqlite => _sqlite ?? throw new InvalidOperationException("The SQLite server has not started."),
        PartnerGraphFixture.Postgres => _postgres ?? throw new InvalidOperationException("The PostgreSQL server has not started."),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or Postgres."),
    };

    /// <summary>Moves the counts' clock past their cache age, so the next read of a profile counts afresh.</summary>
    public void ExpireMemberCounts() => _countsClock.Advance(VerifiedMemberCountsSource.MaxAge + TimeSpan.FromSeconds(1));

    public async Task InitializeAsync()
    {
        await _postgresServer.InitializeAsync();
        var connectionString = await _postgresServer.CreateDatabaseAsync("changing_membership");
        _sqlite = SermoServer.Start(configureServices: UseCountsClock);
        _postgres = SermoServer.Start(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Sermo"] = connectionString,
            ["Database:MigrateOnStart"] = "true",
        }, UseCountsClock);
    }

    public async Task DisposeAsync()
    {
        if (_sqlite is not null)
            await _sqlite.DisposeAsync();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
        await _postgresServer.DisposeAsync();
    }

    /// <summary>Only the counts' cache runs on the stepped clock; tokens, polls and everything else keep real time.</summary>
    private void UseCountsClock(IServiceCollection services) =>
        services.AddSingleton(provider => new VerifiedMemberCountsSource(provider.GetRequiredService<IDbContextFactory<SermoDbContext>>(), _countsClock));

    private sealed class SteppedClock : TimeProvider
    {
        private long _offsetTicks;

        public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
    }
}
