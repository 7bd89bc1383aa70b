using Sermo.Domain.Drugs;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Drugs;

public sealed class DrugClassType : ObjectTypeConfiguration<DrugClass>
{
    public override void Configure(ObjectTypeDescriptor<DrugClass> type)
    {
        type.Description("A pharmacological or therapeutic class of drugs.");
        type.AuthorizeRoles(CatalogueRoles.All);
        type.Field(c => c.Name).Description("The class (\"SGLT2 inhibitor\").");
        type.Field(c => c.AtcCode).Description("Its WHO ATC code, where one exists.");
    }
}
