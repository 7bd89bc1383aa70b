using Sermo.Domain;
using Sermo.Domain.Physicians;
using Sermo.Domain.Reports;

namespace Sermo.Tests.Reports;

/// <summary>
/// The raw cells of a release counted in memory, straight from the rules (a physician counts once per period, drug and
/// indication with their newest version in the period; a class counts them once with their mean over its drugs rounded
/// half up, over the drugs in the class before 1 January of the rating's year; every place of the catalogue, a zero cell where nobody rated), to check the SQL against and to feed the
/// disclosure property tests.
/// </summary>
internal static class ReferenceCells
{
    public static List<RawReportCell> Of(IReadOnlyList<SyntheticRating> ratings, SyntheticCatalogue catalogue, DateTime cutOffAt)
    {
        var cells = new List<RawReportCell>();
        foreach (var kind in Enum.GetValues<ReportPeriodKind>())
        {
            var open = ReportPeriods.OpenPeriodStart(kind, cutOffAt);
            // Later versions come later in the list: the last one in a period wins.
            var latest = ratings.Where(r => r.RatedAt < open)
                .GroupBy(r => (r.Physician, r.Drug, r.Indication, Start: ReportPeriods.StartOf(kind, DateOnly.FromDateTime(r.RatedAt))))
                .Select(g => g.Last()).ToList();
            var drugRows = latest.Select(r => (kind, Start: ReportPeriods.StartOf(kind, DateOnly.FromDateTime(r.RatedAt)), Scope: ReportScope.Drug,
                Subject: catalogue.DrugIds[r.Drug], r.Indication, Group: Specialties.GroupOf(r.Specialty).Code, Region: Countries.RegionOf(r.Country).Code, r.Scores));
            var classRows = latest
                .SelectMany(r => catalogue.ClassesOf(r.Drug, r.RatedAt.Year), (r, c) => (Rating: r, Class: c))
                .GroupBy(x => (x.Rating.Physician, x.Class, x.Rating.Indication, Start: ReportPeriods.StartOf(kind, DateOnly.FromDateTime(x.Rating.RatedAt))))
                .Select(g => (kind, g.Key.Start, Scope: ReportScope.DrugClass, Subject: g.Key.Class, g.Key.Indication,
                    Group: g.Select(x => Specialties.GroupOf(x.Rating.Specialty).Code).Min(StringComparer.Ordinal)!,
                    Region: g.Select(x => Countries.RegionOf(x.Rating.Country).Code).Min(StringComparer.Ordinal)!,
                    Scores: Enumerable.Range(0, 5).Select(d => (int)Math.Floor(g.Average(x => (double)x.Rating.Scores[d]) + 0.5)).ToArray()));
            foreach (var row in drugRows.Concat(classRows)
                         .SelectMany(r => new[] { (r, ReportBreakdown.All, ""), (r, ReportBreakdown.SpecialtyGroup, r.Group), (r, ReportBreakdown.CountryRegion, r.Region) })
                         .GroupBy(x => new ReportCellKey(x.r.kind, x.r.Start, x.r.Scope, x.r.Subject, catalogue.IndicationIds[x.r.Indication], x.Item2, x.Item3)))
            {
                var bins = new int[RawReportCell.BinCount];
                foreach (var (r, _, _) in row)
                    for (var d = 0; d < 5; d++)
                        bins[RawReportCell.BinIndex(d, r.Scores[d])]++;
                cells.Add(new RawReportCell(row.Key, row.Count(), bins));
            }
        }
        // Every place of the catalogue is published, rated or not.
        var places = new ReportPlaces(catalogue.Report, ratings.Count == 0 ? null : ratings.Min(r => r.RatedAt), cutOffAt);
        return [.. catalogue.IndicationIds.SelectMany(indication => places.Complete([.. cells.Where(c => c.Key.IndicationId == indication)], indication))];
    }
}
