using Sermo.Domain;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Physicians;

public sealed class RegionType : ObjectTypeConfiguration<CountryRegion>
{
    public override void Configure(ObjectTypeDescriptor<CountryRegion> type)
    {
        type.Name("Region").Description("A region of the world.");
        type.Field(r => r.Code).Description("The stable code.");
        type.Field(r => r.Name).Description("The name shown.");
    }
}
