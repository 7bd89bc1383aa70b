using Sermo.Domain;
using Sermo.Domain.Physicians;
using Sermo.Domain.Reports;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>Arranges one subject's cells (one indication, one period kind) into the periods of a report, oldest first.</summary>
public static class ReportTrend
{
    private static readonly IReadOnlyDictionary<string, string> SpecialtyGroupNames = SpecialtyGroups.All.ToDictionary(g => g.Code, g => g.Name);
    private static readonly IReadOnlyDictionary<string, string> RegionNames = CountryRegions.All.ToDictionary(r => r.Code, r => r.Name);

    public static IReadOnlyList<ReportPeriod> Of(IEnumerable<ReportCell> cells, ReportPeriodKind kind) =>
    [
        .. cells.GroupBy(c => c.PeriodStart).OrderBy(g => g.Key).Select(period => new ReportPeriod(kind, period.Key,
            Figures(period.Where(c => c.Breakdown == ReportBreakdown.All)),
            Breakdowns(period, ReportBreakdown.SpecialtyGroup),
            Breakdowns(period, ReportBreakdown.CountryRegion))),
    ];

    /// <summary>The name of a breakdown's code (the code itself for one no longer known).</summary>
    public static string? NameOf(ReportBreakdown breakdown, string code) => breakdown switch
    {
        ReportBreakdown.SpecialtyGroup => SpecialtyGroupNames.GetValueOrDefault(code, code),
        ReportBreakdown.CountryRegion => RegionNames.GetValueOrDefault(code, code),
        _ => null,
    };

    private static IReadOnlyList<DimensionFigures> Figures(IEnumerable<ReportCell> cells) =>
        [.. cells.OrderBy(c => c.Dimension).Select(DimensionFigures.Of)];

    private static IReadOnlyList<BreakdownFigures> Breakdowns(IEnumerable<ReportCell> cells, ReportBreakdown breakdown) =>
    [
        .. cells.Where(c => c.Breakdown == breakdown).GroupBy(c => c.BreakdownCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BreakdownFigures(g.Key, NameOf(breakdown, g.Key)!, Figures(g))),
    ];
}
