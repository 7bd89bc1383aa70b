namespace Sermo.Api.Schemas;

/// <summary>Adds a part of the graph (types and root fields). Register implementations in DI as
/// <see cref="Partner.IPartnerSchemaContributor"/> or <see cref="Pharma.IPharmaSchemaContributor"/>.</summary>
public interface ISchemaContributor
{
    void Contribute(SchemaComposition schema);
}
