namespace Sermo.Api.Schemas.Pharma;

/// <summary>The pharma graph: aggregated drug-rating reports for BI tools; every request needs the pharma role.</summary>
public static class PharmaSchema
{
    public const string Name = "pharma";
    public const string Path = "/pharma/graphql";
    public const string Description = "The Sermo pharma graph: aggregated drug-rating reports; nothing in it leads to an individual rater or rating.";
}
