using Microsoft.EntityFrameworkCore;
using Sermo.Api.Events;
using Sermo.Domain.Persistence;
using Sermo.Domain.Reports;

namespace Sermo.Api.Reports;

/// <summary>Cuts releases for the scheduler and for staff, and announces each one after it commits.</summary>
public sealed class ReportReleaseCutter(
    IDbContextFactory<SermoDbContext> contexts,
    ReportReleaseBuilder builder,
    IEventBus events,
    TimeProvider time)
{
    /// <summary>Cuts a release now, on staff's demand (the staff mutation calls this).</summary>
    public async Task<ReportRelease> CutOnDemandAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var release = await builder.BuildAsync(db, now, ReleaseTrigger.OnDemand, now, cancellationToken);
        await events.PublishAsync(ReportReleasePublished.Topic, new ReportReleasePublished(release.Id), CancellationToken.None);
        return release;
    }
}
