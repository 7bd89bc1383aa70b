namespace Sermo.Domain.Reports;

/// <summary>One linear relation between cells of a release: the total is the sum of the parts (exactly for the
/// breakdowns, conservatively for periods and classes, where distinct physicians make the parts add up to at least the
/// total). Indexes point into the list of cells the relations were built over.</summary>
public sealed record ReportRelation(int Total, IReadOnlyList<int> Parts, ReportRelationKind Kind)
{
    public IEnumerable<int> Members => Parts.Prepend(Total);
}

/// <summary>Which of the documented relations (docs/reports-disclosure.md) a <see cref="ReportRelation"/> is.</summary>
public enum ReportRelationKind
{
    /// <summary>(a) All = the sum of the specialty groups, and All = the sum of the regions.</summary>
    Breakdown = 1,

    /// <summary>(c) a quarter = its months, a year = its quarters, a year = its months.</summary>
    Period = 2,

    /// <summary>(d) a class = its drugs.</summary>
    DrugClass = 3,
}
