using Sermo.Domain.Drugs;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Drugs;

public sealed class IndicationType : ObjectTypeConfiguration<Indication>
{
    public override void Configure(ObjectTypeDescriptor<Indication> type)
    {
        type.Description("A condition drugs are used for; drugs are rated per indication.");
        type.AuthorizeRoles(CatalogueRoles.All);
        type.Field(i => i.Name).Description("The condition (\"Type 2 diabetes mellitus\").");
        type.Field(i => i.Icd10Code).Name("icd10").Description("Its ICD-10 code, where one is recorded.");
    }
}
