using Sermo.Domain.Ratings;

namespace Sermo.Domain.Reports;

/// <summary>
/// One published number set of a release: for one calendar period, drug (or drug class) and indication, one
/// dimension and one breakdown, the distinct physicians who rated, their mean and how they spread over the
/// scores. A suppressed cell carries no number at all. Cells count physicians, never ratings, and name none.
/// </summary>
public sealed class ReportCell
{
    public const int BreakdownCodeMaxLength = 60;

    private ReportCell() { }

    /// <summary>A cell of a release; <paramref name="figures"/> null makes it a suppressed cell.</summary>
    public ReportCell(Guid releaseId, ReportCellKey key, RatingDimension dimension, ReportCellFigures? figures)
    {
        ReleaseId = releaseId;
        PeriodKind = key.PeriodKind;
        PeriodStart = key.PeriodStart;
        Scope = key.Scope;
        SubjectId = key.SubjectId;
        IndicationId = key.IndicationId;
        Dimension = dimension;
        Breakdown = key.Breakdown;
        BreakdownCode = key.BreakdownCode;
        Suppressed = figures is null;
        if (figures is null)
            return;
        Raters = figures.Raters;
        Mean = figures.Mean;
        Score1 = figures.Score1;
        Score2 = figures.Score2;
        Score3 = figures.Score3;
        Score4 = figures.Score4;
        Score5 = figures.Score5;
        RankInClass = figures.RankInClass;
    }

    public Guid ReleaseId { get; private set; }
    public ReportPeriodKind PeriodKind { get; private set; }

    /// <summary>The first day of the calendar month, quarter or year.</summary>
    public DateOnly PeriodStart { get; private set; }

    public ReportScope Scope { get; private set; }

    /// <summary>The drug's id (<see cref="ReportScope.Drug"/>) or the drug class's id (<see cref="ReportScope.DrugClass"/>).</summary>
    public Guid SubjectId { get; private set; }

    public Guid IndicationId { get; private set; }
    public RatingDimension Dimension { get; private set; }
    public ReportBreakdown Breakdown { get; private set; }

    /// <summary>"" for <see cref="ReportBreakdown.All"/>; else the specialty group's or the country region's code.</summary>
    public string BreakdownCode { get; private set; } = "";

    /// <summary>True when the cell's numbers are withheld; then every number below is null.</summary>
    public bool Suppressed { get; private set; }

    /// <summary>Distinct physicians counted in the cell.</summary>
    public int? Raters { get; private set; }

    /// <summary>Their mean score, rounded to two decimals.</summary>
    public double? Mean { get; private set; }

    /// <summary>Distinct physicians whose score was 1 (..5); null when that bin is suppressed.</summary>
    public int? Score1 { get; private set; }
    public int? Score2 { get; private set; }
    public int? Score3 { get; private set; }
    public int? Score4 { get; private set; }
    public int? Score5 { get; private set; }

    /// <summary>For a drug cell without breakdown: 1 for the best mean among the published drug cells of its class for
    /// the same indication, period and dimension. Null for class cells, breakdowns, suppressed cells and drugs of more
    /// than one class.</summary>
    public int? RankInClass { get; private set; }

    public ReportCellKey Key => new(PeriodKind, PeriodStart, Scope, SubjectId, IndicationId, Breakdown, BreakdownCode);
}
