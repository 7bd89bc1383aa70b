using Sermo.Domain;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Physicians;

public sealed class ShownPracticeType : ObjectTypeConfiguration<ShownPractice>
{
    public override void Configure(ObjectTypeDescriptor<ShownPractice> type)
    {
        type.Name("Practice").Description(
            "A member's specialty and country as the caller is shown them. For an anonymous member, other members see the specialty " +
            "widened to its group and the country to its region wherever fewer than 11 verified members share them (docs/privacy.md); " +
            "a widened side is null and its broader field is filled.");
        type.Field(p => p.Specialty).Type("Specialty").Description("The specialty; null when only its group is shown, or nothing.");
        type.Field(p => p.SpecialtyGroup).Type("SpecialtyGroup").Description("The specialty's group; null when the specialty is withheld.");
        type.Field(p => p.CountryCode).Name("country").Description("The ISO 3166-1 alpha-2 country; null when only the region is shown, or nothing.");
        type.Field(p => p.Region).Type("Region").Description("The country's region; null when the location is withheld.");
    }
}
