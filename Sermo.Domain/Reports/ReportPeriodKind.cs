namespace Sermo.Domain.Reports;

/// <summary>The fixed calendar periods reports are bucketed into: no free date ranges, so no two overlapping
/// windows to difference.</summary>
public enum ReportPeriodKind
{
    Month = 1,
    Quarter = 2,
    Year = 3,
}
