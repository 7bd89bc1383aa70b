namespace Sermo.Domain.Reports;

/// <summary>
/// One immutable release of the pharma reports. The row is written in the same transaction as its cells, so a
/// release that exists is complete: a reader never sees half of one.
/// </summary>
public sealed class ReportRelease
{
    private ReportRelease() { }

    public ReportRelease(Guid id, DateTime cutOffAt, DateTime publishedAt, ReleaseTrigger trigger, int cellCount, int suppressedCellCount)
    {
        Guard.Utc(cutOffAt, "cutOffAt");
        Guard.Utc(publishedAt, "publishedAt");
        if (cellCount < 0 || suppressedCellCount < 0 || suppressedCellCount > cellCount)
            throw Guard.Invalid("A release's suppressed cells are some of its cells.");
        Id = id;
        CutOffAt = cutOffAt;
        PublishedAt = publishedAt;
        Trigger = trigger;
        CellCount = cellCount;
        SuppressedCellCount = suppressedCellCount;
    }

    /// <summary>Random (not time-ordered), so it reveals nothing about when or how often releases are cut.</summary>
    public Guid Id { get; private set; }

    /// <summary>UTC: ratings made before this instant count, and only periods that ended at or before it are published.</summary>
    public DateTime CutOffAt { get; private set; }

    /// <summary>UTC: when the release was committed.</summary>
    public DateTime PublishedAt { get; private set; }

    public ReleaseTrigger Trigger { get; private set; }

    /// <summary>How many cells the release holds, suppressed ones included.</summary>
    public int CellCount { get; private set; }

    /// <summary>How many of its cells are suppressed.</summary>
    public int SuppressedCellCount { get; private set; }
}
