using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sermo.Api.Events;
using Sermo.Domain.Persistence;
using Sermo.Domain.Reports;

namespace Sermo.Api.Reports;

/// <summary>Cuts releases for the scheduler and for staff, and announces each one on the event bus after it commits.</summary>
public sealed class ReportReleaseCutter(
    IDbContextFactory<SermoDbContext> contexts,
    ReportReleaseBuilder builder,
    IEventBus events,
    TimeProvider time,
    IOptions<ReportOptions> options,
    ILogger<ReportReleaseCutter> logger)
{
    /// <summary>Cuts a release now, on staff's demand (the staff mutation calls this after its own staff check).</summary>
    public async Task<ReportRelease> CutOnDemandAsync(CancellationToken cancellationToken) =>
        await CutAsync(time.GetUtcNow().UtcDateTime, ReleaseTrigger.OnDemand, cancellationToken)
        ?? throw new InvalidOperationException("An on-demand cut always publishes a release.");

    /// <summary>Cuts the release of the schedule's current slot unless one exists (this or another instance cut it);
    /// null then.</summary>
    public Task<ReportRelease?> CutScheduledAsync(CancellationToken cancellationToken) =>
        CutAsync(SlotOf(time.GetUtcNow().UtcDateTime), ReleaseTrigger.Scheduled, cancellationToken);

    /// <summary>The start of the slot that holds <paramref name="now"/>: slots are whole intervals since the Unix epoch.</summary>
    public DateTime SlotOf(DateTime now)
    {
        var interval = options.Value.ReleaseInterval.Ticks;
        var sinceEpoch = now.Ticks - DateTime.UnixEpoch.Ticks;
        return new DateTime(DateTime.UnixEpoch.Ticks + sinceEpoch / interval * interval, DateTimeKind.Utc);
    }

    private async Task<ReportRelease?> CutAsync(DateTime cutOffAt, ReleaseTrigger trigger, CancellationToken cancellationToken)
    {
        ReportRelease? release;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            release = await builder.BuildAsync(db, cutOffAt, trigger, time, cancellationToken);
        if (release is null)
            return null;
        logger.LogInformation("Report release {ReleaseId} ({Trigger}, cut-off {CutOffAt:o}) published with {Cells} cells, {Suppressed} suppressed.",
            release.Id, release.Trigger, release.CutOffAt, release.CellCount, release.SuppressedCellCount);
        await events.PublishAsync(ReportReleasePublished.Topic, new ReportReleasePublished(release.Id), CancellationToken.None);
        return release;
    }
}
