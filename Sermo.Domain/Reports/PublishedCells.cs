using Sermo.Domain.Ratings;

namespace Sermo.Domain.Reports;

/// <summary>Turns disclosure decisions into the rows a release stores: five per place (one per dimension), numbers
/// only where shown, and each shown drug's rank among the shown drugs of its class.</summary>
public static class PublishedCells
{
    public static List<ReportCell> Of(Guid releaseId, DisclosureOutcome outcome, IReadOnlyDictionary<Guid, Guid> onlyClassOfDrug)
    {
        var rows = new List<ReportCell>(outcome.Cells.Count * RawReportCell.DimensionCount);
        var ranks = RanksOf(outcome, onlyClassOfDrug);
        foreach (var state in outcome.Cells)
        {
            for (var dimension = 0; dimension < RawReportCell.DimensionCount; dimension++)
            {
                if (state.Suppressed)
                {
                    rows.Add(new ReportCell(releaseId, state.Cell.Key, RawReportCell.DimensionAt(dimension), null));
                    continue;
                }
                int? Bin(int score)
                {
                    var bin = RawReportCell.BinIndex(dimension, score);
                    return state.BinSuppressed[bin] ? null : state.Cell.Bins[bin];
                }
                var figures = new ReportCellFigures(
                    state.Cell.Raters,
                    MeanOf(state.Cell, dimension),
                    Bin(1), Bin(2), Bin(3), Bin(4), Bin(5),
                    ranks.GetValueOrDefault((state, dimension)));
                rows.Add(new ReportCell(releaseId, state.Cell.Key, RawReportCell.DimensionAt(dimension), figures));
            }
        }
        return rows;
    }

    public static double MeanOf(RawReportCell cell, int dimension) =>
        Math.Round((double)cell.ScoreSum(dimension) / cell.Raters, 2, MidpointRounding.AwayFromZero);

    /// <summary>Competition ranking (1, 2, 2, 4) by mean among the shown drug cells without breakdown of one class,
    /// indication, period and dimension; drugs of several classes get none.</summary>
    private static Dictionary<(CellDisclosure, int), int?> RanksOf(DisclosureOutcome outcome, IReadOnlyDictionary<Guid, Guid> onlyClassOfDrug)
    {
        var ranks = new Dictionary<(CellDisclosure, int), int?>();
        var shownDrugs = outcome.Cells.Where(s => !s.Suppressed && s.Cell.Key.Scope == ReportScope.Drug
            && s.Cell.Key.Breakdown == ReportBreakdown.All && onlyClassOfDrug.ContainsKey(s.Cell.Key.SubjectId));
        foreach (var group in shownDrugs.GroupBy(s => (s.Cell.Key.PeriodKind, s.Cell.Key.PeriodStart, s.Cell.Key.IndicationId, Class: onlyClassOfDrug[s.Cell.Key.SubjectId])))
        {
            for (var dimension = 0; dimension < RawReportCell.DimensionCount; dimension++)
            {
                var means = group.Select(s => (State: s, Mean: MeanOf(s.Cell, dimension))).ToList();
                foreach (var (state, mean) in means)
                    ranks[(state, dimension)] = 1 + means.Count(other => other.Mean > mean);
            }
        }
        return ranks;
    }
}
