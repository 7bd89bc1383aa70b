namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>One flat row of a release, as BI tools read it from <c>rows</c>, the CSV and the Parquet download alike:
/// one release, period, subject (a drug or a drug class), indication, dimension and breakdown. Ids are the graph's
/// global ids; enum columns hold the GraphQL enum values. A suppressed row carries no number at all (no raters, mean,
/// bins or rank). <see cref="ReportRowColumns"/> names and documents the columns.</summary>
public sealed record ReportRow(
    string ReleaseId,
    string PeriodKind,
    DateOnly PeriodStart,
    string Scope,
    string SubjectId,
    string SubjectName,
    string IndicationId,
    string IndicationName,
    string Dimension,
    string Breakdown,
    string? BreakdownCode,
    string? BreakdownName,
    bool Suppressed,
    int? Raters,
    double? Mean,
    int? Score1,
    int? Score2,
    int? Score3,
    int? Score4,
    int? Score5,
    int? RankInClass);
