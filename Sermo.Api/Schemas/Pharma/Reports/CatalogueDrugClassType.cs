using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary><c>DrugClass</c> in the pharma graph, with its drugs.</summary>
public sealed class CatalogueDrugClassType : ObjectTypeConfiguration<CatalogueDrugClass>
{
    public override void Configure(ObjectTypeDescriptor<CatalogueDrugClass> type)
    {
        type.Name("DrugClass").Description("A pharmacological or therapeutic class: the unit a subscription covers.");
        type.Field("id").Type("ID!").Description("The class's id (a drug-class claim may name it, or its ATC code).")
            .ResolveWith(([Parent] CatalogueDrugClass c, [Service] GlobalIdCodec ids) => ids.Encode("DrugClass", c.Id));
        type.Field(c => c.Name).Description("The class's name.");
        type.Field(c => c.AtcCode).Description("The WHO ATC code, where one exists.");
        type.Field("drugs").Type("[Drug!]!").Description("Its drugs, by brand name.")
            .ResolveWith(async ([Parent] CatalogueDrugClass c, [Service] PharmaCatalogue catalogue, CancellationToken cancellationToken) =>
            {
                var snapshot = await catalogue.CurrentAsync(cancellationToken);
                return c.DrugIds.Select(snapshot.Drugs.GetValueOrDefault).OfType<CatalogueDrug>().OrderBy(d => d.BrandName, StringComparer.Ordinal).ThenBy(d => d.Id).ToList();
            });
    }
}
