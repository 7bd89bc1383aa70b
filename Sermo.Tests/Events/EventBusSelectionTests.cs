using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Events;

namespace Sermo.Tests.Events;

/// <summary><c>Redis:Configuration</c> alone picks the bus: empty means in-process, set means Redis.</summary>
public sealed class EventBusSelectionTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Without_a_redis_configuration_the_bus_is_in_process(string? redisConfiguration)
    {
        await using var services = BuildServices(redisConfiguration);

        Assert.IsType<InProcessEventBus>(services.GetRequiredService<IEventBus>());
    }

    [Fact]
    public async Task With_a_redis_configuration_the_bus_is_redis()
    {
        // Nothing listens on port 1: the bus must still be created, and keep retrying in the background.
        await using var services = BuildServices("127.0.0.1:1,connectTimeout=200");

        Assert.IsType<RedisEventBus>(services.GetRequiredService<IEventBus>());
    }

    private static ServiceProvider BuildServices(string? redisConfiguration)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Redis:Configuration"] = redisConfiguration })
            .Build();
        return new ServiceCollection().AddLogging().AddSermoEventBus(configuration).BuildServiceProvider();
    }
}
