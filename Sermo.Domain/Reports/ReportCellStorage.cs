using Sermo.Domain.Ratings;

namespace Sermo.Domain.Reports;

/// <summary>
/// How a release's cells are stored. A shown cell is one row per dimension, as readers see it. A suppressed place
/// withholds its five dimensions together (disclosure control decides a place as a whole), so it is stored as one row
/// with <see cref="EveryDimension"/>, which <see cref="ReadQuery"/> expands back into its five suppressed cells: every
/// reader of <see cref="ReportReleasesContext"/> (the graph, the rows, the downloads) sees one cell per dimension as
/// before, while a release writes about a fifth of the rows it would otherwise (most places are suppressed).
/// </summary>
public static class ReportCellStorage
{
    /// <summary>The stored dimension of a suppressed place's one row: it stands for all five.</summary>
    public const RatingDimension EveryDimension = 0;

    /// <summary>The rows to store for a release's cells: each shown cell, and one row per suppressed place (the place's
    /// cells come from <see cref="PublishedCells"/>, all five dimensions together).</summary>
    public static IEnumerable<ReportCell> Rows(IEnumerable<ReportCell> cells)
    {
        foreach (var cell in cells)
        {
            if (!cell.Suppressed)
                yield return cell;
            else if (cell.Dimension == RatingDimension.Efficacy)
                yield return new ReportCell(cell.ReleaseId, cell.Key, EveryDimension, null);
        }
    }

    /// <summary>The cells as readers see them: a shown row as it is, a suppressed place's row once per dimension. Plain
    /// SQL that SQLite, PostgreSQL and SQL Server all read; queries compose over it (filters reach the table's index).
    /// CROSS JOIN with the table first: SQLite then keeps the table as the outer loop, so the rows' key order comes from
    /// the primary key and only the dimensions within a period are sorted (as an inner join it sorted a whole release,
    /// seconds per page of <c>rows</c> at scale).</summary>
    public static readonly string ReadQuery =
        "SELECT c.\"ReleaseId\", c.\"PeriodKind\", c.\"PeriodStart\", c.\"Scope\", c.\"SubjectId\", c.\"IndicationId\", d.\"Dimension\", " +
        "c.\"Breakdown\", c.\"BreakdownCode\", c.\"Suppressed\", c.\"Raters\", c.\"Mean\", c.\"Score1\", c.\"Score2\", c.\"Score3\", " +
        "c.\"Score4\", c.\"Score5\", c.\"RankInClass\" " +
        "FROM \"ReportCells\" AS c CROSS JOIN (" +
        string.Join(" UNION ALL ", Enum.GetValues<RatingDimension>().Select((d, i) => i == 0 ? $"SELECT {(int)d} AS \"Dimension\"" : $"SELECT {(int)d}")) +
        $") AS d WHERE d.\"Dimension\" = c.\"Dimension\" OR c.\"Dimension\" = {(int)EveryDimension}";
}
