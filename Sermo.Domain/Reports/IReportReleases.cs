namespace Sermo.Domain.Reports;

/// <summary>What the pharma graph may read: the published release tables and nothing else (no ratings, no
/// physicians). Queries are read-only and untracked.</summary>
public interface IReportReleases
{
    IQueryable<ReportRelease> Releases { get; }
    IQueryable<ReportCell> Cells { get; }
}
