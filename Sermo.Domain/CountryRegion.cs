namespace Sermo.Domain;

/// <summary>
/// A region of the world: what an anonymous member's country is widened to when the exact one would single them
/// out, and the rows of the engagement and drug-rating reports' country breakdown.
/// </summary>
public sealed record CountryRegion(string Code, string Name);
