namespace Sermo.Domain.Reports;

/// <summary>What a report cell describes: one drug, or one drug class (all its drugs together).</summary>
public enum ReportScope
{
    Drug = 1,
    DrugClass = 2,
}
