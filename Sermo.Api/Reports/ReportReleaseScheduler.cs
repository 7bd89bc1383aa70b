using Microsoft.Extensions.Options;

namespace Sermo.Api.Reports;

/// <summary>Cuts the scheduled release of each slot (<c>Reports:ReleaseInterval</c>, hourly by default). Every instance
/// runs it; the builder's database lock and slot check make each slot's release be cut once.</summary>
internal sealed class ReportReleaseScheduler(
    ReportReleaseCutter cutter,
    IOptions<ReportOptions> options,
    TimeProvider time,
    ILogger<ReportReleaseScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Schedule)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await cutter.CutScheduledAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A failed cut leaves nothing behind (one transaction); the next slot tries again.
                logger.LogError(exception, "The scheduled report release failed.");
            }
            var now = time.GetUtcNow().UtcDateTime;
            var next = cutter.SlotOf(now) + options.Value.ReleaseInterval;
            try
            {
                await Task.Delay(next - now, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
