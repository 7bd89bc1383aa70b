using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary><c>Indication</c> in the pharma graph.</summary>
public sealed class CatalogueIndicationType : ObjectTypeConfiguration<CatalogueIndication>
{
    public override void Configure(ObjectTypeDescriptor<CatalogueIndication> type)
    {
        type.Name("Indication").Description("A condition drugs are used for.");
        type.Field("id").Type("ID!").Description("The indication's id.").ResolveWith(([Parent] CatalogueIndication i, [Service] GlobalIdCodec ids) => ids.Encode("Indication", i.Id));
        type.Field(i => i.Name).Description("Its name.");
        type.Field(i => i.Icd10Code).Description("Its ICD-10 code, where one exists.");
    }
}
