using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Events;
using Sermo.Tests.Events;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Two server instances over one SQLite database and one Redis, as a deployment runs them, ready once both
/// buses are listening. The first instance creates the schema; the second finds it migrated.</summary>
public sealed class RedisInstancePair : IAsyncDisposable
{
    private readonly string _database;
    private readonly RedisServer _redis;

    private RedisInstancePair(string database, RedisServer redis, SermoServer first, SermoServer second)
    {
        _database = database;
        _redis = redis;
        First = first;
        Second = second;
    }

    public SermoServer First { get; }
    public SermoServer Second { get; }

    public static async Task<RedisInstancePair> StartAsync(string name)
    {
        var database = Path.Combine(Path.GetTempPath(), $"sermo-{name}-{Guid.NewGuid():N}.db");
        var redis = await RedisServer.StartNewAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["ConnectionStrings:Sermo"] = $"Data Source={database};Pooling=False",
        };
        var first = SermoServer.Start(configuration);
        var second = SermoServer.Start(configuration);
        await BusReadiness.WaitAsync(TimeSpan.FromSeconds(30),
            (RedisEventBus)first.Services.GetRequiredService<IEventBus>(), (RedisEventBus)second.Services.GetRequiredService<IEventBus>());
        return new RedisInstancePair(database, redis, first, second);
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await _redis.DisposeAsync();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            File.Delete(file);
    }
}
