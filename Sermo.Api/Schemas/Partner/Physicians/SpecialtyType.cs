using Sermo.Domain;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Physicians;

public sealed class SpecialtyType : ObjectTypeConfiguration<Specialty>
{
    public override void Configure(ObjectTypeDescriptor<Specialty> type)
    {
        type.Description("A medical specialty.");
        type.Field(s => s.Code).Description("The stable code (\"cardiology\").");
        type.Field(s => s.Name).Description("The name shown.");
        type.Field(s => s.Group).Type("SpecialtyGroup!").Description("The family of specialties it belongs to.");
    }
}
