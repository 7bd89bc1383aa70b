namespace Sermo.Domain.Physicians;

/// <summary>
/// A family of related specialties: what an anonymous member's specialty is widened to when the exact one would
/// single them out, and the rows of the engagement and drug-rating reports' specialty breakdown.
/// </summary>
public sealed record SpecialtyGroup(string Code, string Name);
