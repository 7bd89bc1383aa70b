namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>What the ceiling reads for one page: the cases in order, whether more follow, their authors and their advice.</summary>
public sealed record CasePage(
    IReadOnlyList<Case> Cases,
    bool HasNextPage,
    IReadOnlyDictionary<int, Member> Authors,
    ILookup<int, Advice> Advice);
