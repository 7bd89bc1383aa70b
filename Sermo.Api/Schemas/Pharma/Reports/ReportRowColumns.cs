namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>The columns of the flat rows, in order. Their names are a published contract (BI reports bind to them):
/// add columns at the end, never rename or drop one. <c>docs/pharma-reports.md</c> lists them.</summary>
public static class ReportRowColumns
{
    public static IReadOnlyList<ReportRowColumn> All { get; } =
    [
        ReportRowColumn.Text("releaseId", "The release the row belongs to (immutable).", r => r.ReleaseId),
        ReportRowColumn.Text("periodKind", "MONTH, QUARTER or YEAR: the calendar period's length.", r => r.PeriodKind),
        ReportRowColumn.Value<DateOnly>("periodStart", "The first day of the calendar period (ISO date).", r => r.PeriodStart),
        ReportRowColumn.Text("scope", "DRUG or DRUG_CLASS: whether the subject is one drug or a whole class.", r => r.Scope),
        ReportRowColumn.Text("subjectId", "The drug's or the drug class's id (the graph's ids).", r => r.SubjectId),
        ReportRowColumn.Text("subjectName", "The drug's brand name (generic name in brackets) or the class's name.", r => r.SubjectName),
        ReportRowColumn.Text("indicationId", "The indication's id.", r => r.IndicationId),
        ReportRowColumn.Text("indicationName", "The indication's name.", r => r.IndicationName),
        ReportRowColumn.Text("dimension", "EFFICACY, SAFETY, TOLERABILITY, ACCESSIBILITY or ADHERENCE.", r => r.Dimension),
        ReportRowColumn.Text("breakdown", "ALL, SPECIALTY_GROUP or COUNTRY_REGION: how the raters are split.", r => r.Breakdown),
        ReportRowColumn.Text("breakdownCode", "The specialty group's or country region's code; empty for ALL.", r => r.BreakdownCode),
        ReportRowColumn.Text("breakdownName", "The specialty group's or country region's name; empty for ALL.", r => r.BreakdownName),
        ReportRowColumn.Value<bool>("suppressed", "true when the cell is withheld (too few raters, or it would let a withheld cell be recomputed): every number of the row is then empty.", r => r.Suppressed),
        ReportRowColumn.Optional<int>("raters", "Distinct physicians counted in the cell (each once, with their latest score in the period).", r => r.Raters),
        ReportRowColumn.Optional<double>("mean", "The mean score, 1 to 5, rounded to 2 decimals.", r => r.Mean),
        ReportRowColumn.Optional<int>("score1", "Raters whose score was 1 (empty when this bin is withheld).", r => r.Score1),
        ReportRowColumn.Optional<int>("score2", "Raters whose score was 2 (empty when this bin is withheld).", r => r.Score2),
        ReportRowColumn.Optional<int>("score3", "Raters whose score was 3 (empty when this bin is withheld).", r => r.Score3),
        ReportRowColumn.Optional<int>("score4", "Raters whose score was 4 (empty when this bin is withheld).", r => r.Score4),
        ReportRowColumn.Optional<int>("score5", "Raters whose score was 5 (empty when this bin is withheld).", r => r.Score5),
        ReportRowColumn.Optional<int>("rankInClass", "For a drug over all raters: its place among its class's published drugs for the indication, period and dimension (1 = best mean).", r => r.RankInClass),
    ];
}
