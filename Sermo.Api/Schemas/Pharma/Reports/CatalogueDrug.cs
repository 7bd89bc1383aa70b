namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>A drug as the pharma graph names it: product information only.</summary>
public sealed record CatalogueDrug(Guid Id, string BrandName, string GenericName, IReadOnlyList<Guid> ClassIds, IReadOnlyList<Guid> IndicationIds)
{
    /// <summary>The name rows carry: the brand, then the generic name in brackets.</summary>
    public string ReportName => $"{BrandName} ({GenericName})";
}
