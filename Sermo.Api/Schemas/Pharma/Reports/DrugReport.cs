using Sermo.Domain.Reports;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>What a release says about one drug for one indication, period by period.</summary>
public sealed record DrugReport(ReportRelease Release, CatalogueDrug Drug, CatalogueIndication Indication, ReportPeriodKind PeriodKind, IReadOnlyList<ReportPeriod> Periods);
