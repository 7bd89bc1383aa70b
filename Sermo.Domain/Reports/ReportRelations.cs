namespace Sermo.Domain.Reports;

/// <summary>
/// Builds the relations (a), (c) and (d) that hold between the cells of a release. A cell that does not exist counts
/// nobody: a known zero. Relation (b), a cell's raters and score sums over its bins, lies inside each cell.
/// </summary>
public static class ReportRelations
{
    public static IReadOnlyList<ReportRelation> Of(IReadOnlyList<RawReportCell> cells, ReportCatalogue catalogue)
    {
        var index = new Dictionary<ReportCellKey, int>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
            index.Add(cells[i].Key, i);
        var relations = new List<ReportRelation>();

        // (a) per period and subject: All over the specialty groups, and All over the regions.
        foreach (var place in Enumerable.Range(0, cells.Count).GroupBy(i => cells[i].Key with { Breakdown = ReportBreakdown.All, BreakdownCode = "" }))
        {
            if (!index.TryGetValue(place.Key, out var total))
                continue;
            foreach (var breakdown in new[] { ReportBreakdown.SpecialtyGroup, ReportBreakdown.CountryRegion })
            {
                var parts = place.Where(i => cells[i].Key.Breakdown == breakdown).ToList();
                if (parts.Count > 0)
                    relations.Add(new ReportRelation(total, parts, ReportRelationKind.Breakdown));
            }
        }

        // (c) per subject and breakdown: quarters over months, years over quarters and over months.
        foreach (var series in Enumerable.Range(0, cells.Count).Where(i => cells[i].Key.PeriodKind != ReportPeriodKind.Month)
                     .Select(i => (Total: i, cells[i].Key)))
        {
            var key = series.Key;
            var end = key.PeriodEnd;
            if (key.PeriodKind == ReportPeriodKind.Quarter)
            {
                AddPeriodRelation(series.Total, ReportPeriodKind.Month, key, end, 1);
            }
            else
            {
                AddPeriodRelation(series.Total, ReportPeriodKind.Quarter, key, end, 3);
                AddPeriodRelation(series.Total, ReportPeriodKind.Month, key, end, 1);
            }
        }

        // (d) per period and breakdown: a class over the drugs it counts in that period's year.
        for (var i = 0; i < cells.Count; i++)
        {
            var key = cells[i].Key;
            if (key.Scope != ReportScope.DrugClass)
                continue;
            var parts = new List<int>();
            foreach (var drug in catalogue.DrugsOf(key.SubjectId, key.IndicationId, key.PeriodStart.Year))
                if (index.TryGetValue(key with { Scope = ReportScope.Drug, SubjectId = drug }, out var part))
                    parts.Add(part);
            if (parts.Count > 0)
                relations.Add(new ReportRelation(i, parts, ReportRelationKind.DrugClass));
        }
        return relations;

        void AddPeriodRelation(int total, ReportPeriodKind partKind, ReportCellKey key, DateOnly end, int monthsPerPart)
        {
            var parts = new List<int>();
            for (var start = key.PeriodStart; start < end; start = start.AddMonths(monthsPerPart))
                if (index.TryGetValue(key with { PeriodKind = partKind, PeriodStart = start }, out var part))
                    parts.Add(part);
            if (parts.Count > 0)
                relations.Add(new ReportRelation(total, parts, ReportRelationKind.Period));
        }
    }
}
