namespace Sermo.Api.Schemas.Pharma;

/// <summary>A part of the pharma graph (<c>/pharma/graphql</c>): aggregated reports only; nothing in it may
/// lead to an individual rater or rating.</summary>
public interface IPharmaSchemaContributor : ISchemaContributor;
