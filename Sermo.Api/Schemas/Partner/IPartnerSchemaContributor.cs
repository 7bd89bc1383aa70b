namespace Sermo.Api.Schemas.Partner;

/// <summary>A part of the partner graph (agency frontends, <c>/graphql</c>).</summary>
public interface IPartnerSchemaContributor : ISchemaContributor;
