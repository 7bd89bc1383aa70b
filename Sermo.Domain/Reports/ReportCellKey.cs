using Sermo.Domain.Ratings;

namespace Sermo.Domain.Reports;

/// <summary>Which cell of a release: period, subject, indication, dimension and breakdown.</summary>
public sealed record ReportCellKey(
    ReportPeriodKind PeriodKind,
    DateOnly PeriodStart,
    ReportScope Scope,
    Guid SubjectId,
    Guid IndicationId,
    RatingDimension Dimension,
    ReportBreakdown Breakdown,
    string BreakdownCode);
