namespace Sermo.Api.Events;

public static class EventBusServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="IEventBus"/> chosen by <c>EventBus:Provider</c>. The bus is created
    /// when the host starts, so a Redis bus connects (or starts retrying) before the first request.</summary>
    public static IServiceCollection AddSermoEventBus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventBusOptions>()
            .Bind(configuration.GetSection(EventBusOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var provider = configuration.GetSection(EventBusOptions.SectionName).GetValue(nameof(EventBusOptions.Provider), EventBusProvider.InProcess);
        if (provider == EventBusProvider.Redis)
        {
            services.AddOptions<RedisEventBusOptions>()
                .Bind(configuration.GetSection(RedisEventBusOptions.SectionName))
                .ValidateDataAnnotations()
                .ValidateOnStart();
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
