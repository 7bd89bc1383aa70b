namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>A drug class as the pharma graph names it, with its drugs.</summary>
public sealed record CatalogueDrugClass(Guid Id, string Name, string? AtcCode, IReadOnlyList<Guid> DrugIds);
