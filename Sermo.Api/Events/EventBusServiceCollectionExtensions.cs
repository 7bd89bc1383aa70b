using Microsoft.Extensions.Options;

namespace Sermo.Api.Events;

public static class EventBusServiceCollectionExtensions
{
    /// <summary>Registers the Redis bus when <c>Redis:Configuration</c> is set, so that several instances share
    /// events, and the in-process bus when it is empty. The bus is created when the host starts, so a Redis bus
    /// connects (or starts retrying) before the first request.</summary>
    public static IServiceCollection AddSermoEventBus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventBusOptions>()
            .Bind(configuration.GetSection(EventBusOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var redisConfiguration = configuration.GetSection(RedisEventBusOptions.SectionName)[nameof(RedisEventBusOptions.Configuration)];
        if (!string.IsNullOrWhiteSpace(redisConfiguration))
        {
            services.AddOptions<RedisEventBusOptions>()
                .Bind(configuration.GetSection(RedisEventBusOptions.SectionName))
                .ValidateOnStart();
            services.AddSingleton<IValidateOptions<RedisEventBusOptions>, RedisEventBusOptionsValidator>();
            services.AddSingleton<IEventBus, RedisEventBus>();
        }
        else
        {
            services.AddSingleton<IEventBus, InProcessEventBus>();
        }

        services.AddHostedService<EventBusStarter>();
        return services;
    }

    /// <summary>Creates the bus at start-up rather than on the first publish.</summary>
    private sealed class EventBusStarter(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<IEventBus>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
