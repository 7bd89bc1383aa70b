namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>A clinical case posted by a member, asking peers for advice.</summary>
public sealed class Case
{
    public int Id { get; set; }
    public int AuthorId { get; set; }
    public string Title { get; set; } = "";
    public string Specialty { get; set; } = "";
    public DateTime PostedAt { get; set; }
}
