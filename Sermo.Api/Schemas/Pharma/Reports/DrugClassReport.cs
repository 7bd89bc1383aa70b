using Sermo.Domain.Reports;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>What a release says about one drug class (its drugs together) for one indication, period by period.</summary>
public sealed record DrugClassReport(ReportRelease Release, CatalogueDrugClass DrugClass, CatalogueIndication Indication, ReportPeriodKind PeriodKind, IReadOnlyList<ReportPeriod> Periods);
