namespace Sermo.Domain.Reports;

/// <summary>What disclosure control decided for one cell: whether it is withheld whole, and which bins of a shown
/// cell are withheld.</summary>
public sealed class CellDisclosure(RawReportCell cell)
{
    public RawReportCell Cell { get; } = cell;
    public bool Suppressed { get; internal set; }

    /// <summary>Per bin (<see cref="RawReportCell.BinIndex"/>): withheld although the cell is shown.</summary>
    public bool[] BinSuppressed { get; } = new bool[RawReportCell.BinCount];

    /// <summary>Whether a bin's count is unknown to a reader: its own suppression or its cell's.</summary>
    public bool BinHidden(int bin) => Suppressed || BinSuppressed[bin];
}
