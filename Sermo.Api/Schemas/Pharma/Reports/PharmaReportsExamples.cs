using Microsoft.EntityFrameworkCore;
using Sermo.Api.Ide;
using Sermo.Domain.Reports;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>The pharma graph's IDE examples, run with the IDE's pharma token: the latest release, a drug's report with its
/// trend, breakdowns and rank (the demo drug and indication with the most published cells), the flat rows a BI tool pages
/// through, and the subscription announcing releases.</summary>
public sealed class PharmaReportsExamples : IIdeExampleSource
{
    public IEnumerable<IdeExample> Examples { get; } =
    [
        new(PharmaSchema.Name, IdeCaller.Pharma, """
            # The releases reports answer from: the latest, with its cut-off and size.
            query LatestRelease {
              latestRelease { id cutOffAt publishedAt trigger cellCount suppressedCellCount }
              releases(first: 5) { nodes { id publishedAt } }
            }
            """),
        new(PharmaSchema.Name, IdeCaller.Pharma, """
            # A drug for one indication, quarter by quarter: each dimension's mean, distribution over 1..5 and distinct
            # raters (or only suppressed: true), the drug's rank in its class, and the breakdowns by specialty group and region.
            query DrugReport($drugId: ID!, $indicationId: ID!) {
              drugReport(drugId: $drugId, indicationId: $indicationId, periodKind: QUARTER) {
                release { id cutOffAt }
                drug { brandName genericName }
                indication { name }
                periods {
                  label
                  dimensions { dimension suppressed raters mean distribution rankInClass }
                  specialtyGroups { name dimensions { dimension suppressed raters mean } }
                  countryRegions { name dimensions { dimension suppressed raters mean } }
                }
              }
            }
            """, DrugVariablesAsync),
        new(PharmaSchema.Name, IdeCaller.Pharma, """
            # The flat rows a BI tool pages through (the same columns as /pharma/releases/{id}/rows.csv and rows.parquet).
            query Rows {
              rows(where: { periodKind: YEAR }, first: 20) {
                totalCount
                nodes { periodStart scope subjectName indicationName dimension breakdown breakdownName suppressed raters mean score1 score2 score3 score4 score5 rankInClass }
                pageInfo { hasNextPage endCursor }
              }
            }
            """),
        new(PharmaSchema.Name, IdeCaller.Pharma, """
            subscription ReleasePublished {
              # Each new release as it is published (hourly, or when staff cut one): refresh your reports from it.
              releasePublished { id cutOffAt cellCount }
            }
            """),
    ];

    /// <summary>The drug and indication with the most published (not suppressed) cells in the latest release.</summary>
    private static async Task<object?> DrugVariablesAsync(IdeDemoData data)
    {
        var latest = await data.Db.ReportReleases.AsNoTracking().OrderByDescending(r => r.PublishedAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
        var best = await data.Db.ReportCells.AsNoTracking()
            .Where(c => c.ReleaseId == latest && c.Scope == ReportScope.Drug && !c.Suppressed && c.PeriodKind == ReportPeriodKind.Quarter)
            .GroupBy(c => new { c.SubjectId, c.IndicationId })
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.SubjectId).ThenBy(g => g.Key.IndicationId)
            .Select(g => g.Key).FirstOrDefaultAsync();
        return new { drugId = data.IdOf("Drug", best?.SubjectId), indicationId = data.IdOf("Indication", best?.IndicationId) };
    }
}
