using Sermo.Domain.Physicians;

namespace Sermo.Domain.Pages;

/// <summary>What one published breakdown makes known: its shown cells (the total, specialty groups, regions) and, with
/// the total shown, each breakdown's hidden cells as a block (their sum is the total minus the shown cells). Cells are
/// keyed by <see cref="Total"/>, a <see cref="SpecialtyGroup"/> or a <see cref="CountryRegion"/>.</summary>
internal sealed class PublishedCells
{
    /// <summary>The total's key among the cells.</summary>
    public static readonly object Total = new();

    public PublishedCells(EngagementBreakdown published)
    {
        var shown = new HashSet<object>();
        if (!published.Total.IsHidden)
            shown.Add(Total);
        shown.UnionWith(published.BySpecialtyGroup.Where(c => !c.Count.IsHidden).Select(c => (object)c.Group));
        shown.UnionWith(published.ByRegion.Where(c => !c.Count.IsHidden).Select(c => (object)c.Region));
        Shown = shown;
        Blocks = published.Total.IsHidden
            ? []
            : new[]
            {
                published.BySpecialtyGroup.Where(c => c.Count.IsHidden).Select(c => (object)c.Group).ToHashSet(),
                published.ByRegion.Where(c => c.Count.IsHidden).Select(c => (object)c.Region).ToHashSet(),
            }.Where(b => b.Count > 0).ToList();
    }

    public IReadOnlySet<object> Shown { get; }

    /// <summary>Each breakdown's hidden cells, when the total is shown and some are hidden.</summary>
    public IReadOnlyList<HashSet<object>> Blocks { get; }

    /// <summary>Whether the cell's value is known alone or as part of a known block.</summary>
    public bool Covers(object cell) => Shown.Contains(cell) || Blocks.Any(b => b.Contains(cell));

    /// <summary>A stable order of cells (sets of records iterate in an order that may differ between processes, and the
    /// same counts must be published the same everywhere).</summary>
    public static string Order(object cell) => cell switch
    {
        SpecialtyGroup group => "group:" + group.Code,
        CountryRegion region => "region:" + region.Code,
        _ => "",
    };
}
