using Sermo.Domain;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Physicians;

public sealed class SpecialtyGroupType : ObjectTypeConfiguration<SpecialtyGroup>
{
    public override void Configure(ObjectTypeDescriptor<SpecialtyGroup> type)
    {
        type.Description("A family of related specialties.");
        type.Field(g => g.Code).Description("The stable code.");
        type.Field(g => g.Name).Description("The name shown.");
    }
}
