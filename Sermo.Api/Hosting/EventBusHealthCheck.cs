using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sermo.Api.Events;

namespace Sermo.Api.Hosting;

/// <summary>Readiness of the event bus: with Redis, unhealthy while the connection is down (subscriptions on
/// this instance would miss other instances' events); the in-process bus is always ready.</summary>
public sealed class EventBusHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(services.GetService<IEventBus>() switch
        {
            RedisEventBus { IsConnected: true } => HealthCheckResult.Healthy("Redis connected."),
            RedisEventBus => HealthCheckResult.Unhealthy("Redis is unreachable: events are not shared with other instances."),
            null => HealthCheckResult.Healthy("No event bus registered."),
            _ => HealthCheckResult.Healthy("In-process event bus."),
        });
}
