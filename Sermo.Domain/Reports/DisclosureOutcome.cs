namespace Sermo.Domain.Reports;

/// <summary>The decisions for every cell of a release, in the order of its raw cells. <see cref="Unresolved"/> counts
/// relations that only an earlier closing's cell could have protected (expected zero; the builder refuses otherwise).</summary>
public sealed record DisclosureOutcome(IReadOnlyList<CellDisclosure> Cells, int Unresolved);
