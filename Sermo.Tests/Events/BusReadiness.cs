using Sermo.Api.Events;

namespace Sermo.Tests.Events;

/// <summary>Waits, as an orchestrator polling <c>/health/ready</c> would, until every bus says it is ready.</summary>
public static class BusReadiness
{
    public static async Task WaitAsync(TimeSpan timeout, params RedisEventBus[] buses)
    {
        using var deadline = new CancellationTokenSource(timeout);
        foreach (var bus in buses)
        {
            while (!await bus.CheckReadyAsync(deadline.Token))
                await Task.Delay(20, deadline.Token);
        }
    }
}
