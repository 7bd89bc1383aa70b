namespace Sermo.Domain.Reports;

/// <summary>
/// Every place a release publishes without breakdown: each catalogue drug with each of its indications, and each class
/// with each indication of its drugs, in every closed period of each kind from one reporting start for the whole table
/// (the period of the earliest rating of any drug, so no subject's start dates its first rating). A place nobody rated
/// gets a zero cell, which disclosure control suppresses and protects like one of 1 to 10: had it no row, a suppressed
/// row would say "between 1 and 10 raters".
/// </summary>
public sealed class ReportPlaces(ReportCatalogue catalogue, DateTime? earliestRating, DateTime cutOffAt)
{
    /// <summary>The cells of one indication with a zero cell added for each of its places that has none.</summary>
    public List<RawReportCell> Complete(IReadOnlyList<RawReportCell> cells, Guid indicationId)
    {
        var completed = new List<RawReportCell>(cells);
        if (earliestRating is not { } earliest)
            return completed;
        var present = cells.Select(c => c.Key).ToHashSet();
        var subjects = catalogue.SubjectsOf(indicationId).ToList();
        foreach (var kind in Enum.GetValues<ReportPeriodKind>())
            foreach (var start in ReportPeriods.ClosedFrom(kind, DateOnly.FromDateTime(earliest), cutOffAt))
                foreach (var (scope, subject) in subjects)
                {
                    var key = new ReportCellKey(kind, start, scope, subject, indicationId, ReportBreakdown.All, "");
                    if (present.Add(key))
                        completed.Add(new RawReportCell(key, 0, new int[RawReportCell.BinCount]));
                }
        return completed;
    }
}
