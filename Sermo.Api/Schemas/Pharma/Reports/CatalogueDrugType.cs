using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary><c>Drug</c> in the pharma graph: product information only, with the partner graph's ids.</summary>
public sealed class CatalogueDrugType : ObjectTypeConfiguration<CatalogueDrug>
{
    public override void Configure(ObjectTypeDescriptor<CatalogueDrug> type)
    {
        type.Name("Drug").Description("A marketed drug.");
        type.Field("id").Type("ID!").Description("The drug's id.").ResolveWith(([Parent] CatalogueDrug d, [Service] GlobalIdCodec ids) => ids.Encode("Drug", d.Id));
        type.Field(d => d.BrandName).Description("The name it is sold under.");
        type.Field(d => d.GenericName).Description("The active substance (INN).");
        type.Field("indications").Type("[Indication!]!").Description("The indications it is listed for: those its reports cover.")
            .ResolveWith(async ([Parent] CatalogueDrug d, [Service] PharmaCatalogue catalogue, CancellationToken cancellationToken) =>
            {
                var snapshot = await catalogue.CurrentAsync(cancellationToken);
                return d.IndicationIds.Select(snapshot.Indications.GetValueOrDefault).OfType<CatalogueIndication>().OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
            });
    }
}
