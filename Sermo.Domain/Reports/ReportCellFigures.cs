namespace Sermo.Domain.Reports;

/// <summary>The numbers a published cell shows; a bin is null when it is suppressed.</summary>
public sealed record ReportCellFigures(int Raters, double Mean, int? Score1, int? Score2, int? Score3, int? Score4, int? Score5, int? RankInClass);
