using Sermo.Domain.Physicians;

namespace Sermo.Domain.Reports;

/// <summary>
/// The groups and regions a breakdown can name. A place that may be shown lists every one of them, a group or region
/// nobody rated from included (as a suppressed cell, like one of 1 to 10): if only groups with raters had rows, the row
/// of a region with one member would tell whether that member rated the drug in that period.
/// </summary>
public static class ReportBreakdownCodes
{
    public static IReadOnlyList<string> SpecialtyGroupCodes { get; } = [.. SpecialtyGroups.All.Select(g => g.Code)];
    public static IReadOnlyList<string> CountryRegionCodes { get; } = [.. CountryRegions.All.Select(r => r.Code)];

    /// <summary>The cells with a zero cell added for each group and region missing under every All that counts enough
    /// physicians to be shown (breakdowns of a suppressed All are never published, see <see cref="PublishedCells"/>).</summary>
    public static List<RawReportCell> Complete(IReadOnlyList<RawReportCell> cells)
    {
        var completed = new List<RawReportCell>(cells);
        var present = cells.Select(c => c.Key).ToHashSet();
        foreach (var total in cells.Where(c => c.Key.Breakdown == ReportBreakdown.All && c.Raters >= DisclosureControl.MinimumPhysicians))
        {
            foreach (var (breakdown, codes) in new[] { (ReportBreakdown.SpecialtyGroup, SpecialtyGroupCodes), (ReportBreakdown.CountryRegion, CountryRegionCodes) })
                foreach (var code in codes)
                {
                    var key = total.Key with { Breakdown = breakdown, BreakdownCode = code };
                    if (present.Add(key))
                        completed.Add(new RawReportCell(key, 0, new int[RawReportCell.BinCount]));
                }
        }
        return completed;
    }
}
