using Sermo.Domain.Drugs;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary><c>Drug</c>: a catalogue entry (brand and generic name, classes, indications, manufacturer), public
/// product information. What members say about it (summaries, comments) is added by the ratings area, for members only.</summary>
public sealed class DrugType : ObjectTypeConfiguration<Drug>
{
    // A drug's links have no order of their own; lists follow the ids so each answer is the same.
    public override void Configure(ObjectTypeDescriptor<Drug> type)
    {
        type.Description("A marketed drug in the catalogue.");
        type.AuthorizeRoles(CatalogueRoles.All);
        type.Field(d => d.BrandName).Description("The name it is sold under.");
        type.Field(d => d.GenericName).Description("The active substance (INN).");
        type.Field("classes").Type("[DrugClass!]!").Description("The pharmacological classes it belongs to.")
            .ResolveWith(async ([Parent] Drug drug, DrugClassById classes) =>
                (await classes.LoadAsync([.. drug.Classes.Select(c => c.DrugClassId).Order()])).OfType<DrugClass>().ToList());
        type.Field("indications").Type("[Indication!]!").Description("The conditions it is listed for: the ones members rate it for.")
            .ResolveWith(async ([Parent] Drug drug, IndicationById indications) =>
                (await indications.LoadAsync([.. drug.Indications.Select(i => i.IndicationId).Order()])).OfType<Indication>().ToList());
        type.Field("manufacturer").Type("Organisation!").Description("The pharma company that makes it.")
            .ResolveWith(([Parent] Drug drug, OrganisationById organisations) => organisations.LoadAsync(drug.ManufacturerId));
    }
}
