using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sermo.Api.Events;

namespace Sermo.Api.Hosting;

/// <summary>Readiness of the event bus: with Redis, unhealthy while the connection is down (subscriptions on
/// this instance would miss other instances' events) and after it comes back until every live topic is
/// subscribed again, so an event published once this says healthy reaches every subscriber. The in-process
/// bus is always ready.</summary>
public sealed class EventBusHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        switch (services.GetService<IEventBus>())
        {
            case RedisEventBus redis:
                if (await redis.CheckReadyAsync(cancellationToken))
                    return HealthCheckResult.Healthy("Redis connected.");
                return redis.IsConnected
                    ? HealthCheckResult.Unhealthy("Redis is back: subscriptions are being restored.")
                    : HealthCheckResult.Unhealthy("Redis is unreachable: events are not shared with other instances.");
            case null:
                return HealthCheckResult.Healthy("No event bus registered.");
            default:
                return HealthCheckResult.Healthy("In-process event bus.");
        }
    }
}
