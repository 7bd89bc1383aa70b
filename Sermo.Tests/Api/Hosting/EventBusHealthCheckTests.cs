using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Api.Events;
using Sermo.Api.Hosting;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Hosting;

public sealed class EventBusHealthCheckTests
{
    [Fact]
    public async Task Follows_the_redis_connection_down_and_back_up()
    {
        await using var redis = await RedisServer.StartNewAsync();
        await using var bus = new RedisEventBus(
            Options.Create(new EventBusOptions()),
            Options.Create(new RedisEventBusOptions { Configuration = redis.Configuration + ",connectTimeout=2000" }),
            NullLogger<RedisEventBus>.Instance);
        var check = new EventBusHealthCheck(new ServiceCollection().AddSingleton<IEventBus>(bus).BuildServiceProvider());

        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        await redis.StopAsync();
        Assert.True(await EventuallyAsync(check, HealthStatus.Unhealthy), "the check still said healthy 20 s after Redis stopped");

        await redis.StartAsync();
        Assert.True(await EventuallyAsync(check, HealthStatus.Healthy), "the check did not recover 20 s after Redis came back");
    }

    [Fact]
    public async Task The_in_process_bus_is_ready()
    {
        var services = new ServiceCollection().AddSingleton<IEventBus>(new InProcessEventBus(Options.Create(new EventBusOptions()))).BuildServiceProvider();

        var result = await new EventBusHealthCheck(services).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("In-process event bus.", result.Description);
    }

    private static async Task<bool> EventuallyAsync(EventBusHealthCheck check, HealthStatus expected)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await check.CheckHealthAsync(new HealthCheckContext())).Status == expected)
                return true;
            await Task.Delay(200);
        }
        return false;
    }
}
