namespace Sermo.Domain.Reports;

/// <summary>Where a cell sits: period, subject, indication and breakdown. The five dimensions of a place share its
/// raters, so disclosure control decides a place's suppression once for all of them.</summary>
public sealed record ReportCellKey(
    ReportPeriodKind PeriodKind,
    DateOnly PeriodStart,
    ReportScope Scope,
    Guid SubjectId,
    Guid IndicationId,
    ReportBreakdown Breakdown,
    string BreakdownCode)
{
    public DateOnly PeriodEnd => ReportPeriods.EndOf(PeriodKind, PeriodStart);
}
