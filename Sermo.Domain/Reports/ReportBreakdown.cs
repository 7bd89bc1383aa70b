namespace Sermo.Domain.Reports;

/// <summary>How a cell's raters are split: not at all, by the rater's specialty group, or by the rater's country
/// region (both as copied onto the rating when it was made).</summary>
public enum ReportBreakdown
{
    All = 1,
    SpecialtyGroup = 2,
    CountryRegion = 3,
}
