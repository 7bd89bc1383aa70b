using Sermo.Domain.Organisations;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary><c>Organisation</c> as the catalogue shows it: its name and kind, nothing of its mandates or country.</summary>
public sealed class OrganisationType : ObjectTypeConfiguration<Organisation>
{
    public override void Configure(ObjectTypeDescriptor<Organisation> type)
    {
        type.Description("A pharma company, vendor or medical organisation.");
        type.AuthorizeRoles(CatalogueRoles.All);
        type.Field(o => o.Name).Description("The organisation's name.");
        type.Field(o => o.Kind).Description("What kind of organisation it is.");
    }
}
