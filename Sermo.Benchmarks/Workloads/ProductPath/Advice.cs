namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>A peer's advice on a case.</summary>
public sealed class Advice
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public string Body { get; set; } = "";
    public int HelpfulVotes { get; set; }
}
