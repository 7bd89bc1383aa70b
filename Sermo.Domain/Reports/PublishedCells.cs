using Sermo.Domain.Ratings;

namespace Sermo.Domain.Reports;

/// <summary>Turns disclosure decisions into the rows a release stores: five per place (one per dimension), numbers
/// only where shown, and each shown drug's rank among the shown drugs of its class. Breakdowns of a suppressed All
/// place are left out.</summary>
public static class PublishedCells
{
    public static List<ReportCell> Of(Guid releaseId, DisclosureOutcome outcome, ReportCatalogue catalogue)
    {
        var rows = new List<ReportCell>(outcome.Cells.Count * RawReportCell.DimensionCount);
        var ranks = RanksOf(outcome, catalogue);
        var suppressedTotals = outcome.Cells.Where(s => s.Suppressed && s.Cell.Key.Breakdown == ReportBreakdown.All).Select(s => s.Cell.Key).ToHashSet();
        foreach (var state in outcome.Cells)
        {
            // A breakdown of a suppressed All is suppressed too (it counts fewer): it gets no row, which also keeps
            // whether that group or region had any rater at all to itself.
            if (state.Suppressed && state.Cell.Key.Breakdown != ReportBreakdown.All
                && suppressedTotals.Contains(state.Cell.Key with { Breakdown = ReportBreakdown.All, BreakdownCode = "" }))
                continue;
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
    /// indication, period and dimension; drugs of several classes get none. Classes as the period's year counts them, so
    /// a drug joining a class later changes no closed period's ranks.</summary>
    private static Dictionary<(CellDisclosure, int), int?> RanksOf(DisclosureOutcome outcome, ReportCatalogue catalogue)
    {
        var ranks = new Dictionary<(CellDisclosure, int), int?>();
        var shownDrugs = outcome.Cells
            .Where(s => !s.Suppressed && s.Cell.Key.Scope == ReportScope.Drug && s.Cell.Key.Breakdown == ReportBreakdown.All)
            .Select(s => (State: s, Class: catalogue.OnlyClassOf(s.Cell.Key.SubjectId, s.Cell.Key.PeriodStart.Year)))
            .Where(s => s.Class is not null);
        foreach (var group in shownDrugs.GroupBy(s => (s.State.Cell.Key.PeriodKind, s.State.Cell.Key.PeriodStart, s.State.Cell.Key.IndicationId, s.Class), s => s.State))
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
