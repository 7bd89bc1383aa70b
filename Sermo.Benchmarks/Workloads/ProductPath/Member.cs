namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>A physician as the product graph shows one to peers: a pseudonym and a specialty. The e-mail is stored
/// but no type exposes it (explicit binding).</summary>
public sealed class Member
{
    public int Id { get; set; }
    public string Pseudonym { get; set; } = "";
    public string Specialty { get; set; } = "";
    public string Email { get; set; } = "";
}
