namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>An indication as the pharma graph names it.</summary>
public sealed record CatalogueIndication(Guid Id, string Name, string? Icd10Code);
