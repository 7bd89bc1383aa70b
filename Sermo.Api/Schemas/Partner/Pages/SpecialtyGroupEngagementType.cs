using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

public sealed class SpecialtyGroupEngagementType : ObjectTypeConfiguration<SpecialtyGroupCount>
{
    public override void Configure(ObjectTypeDescriptor<SpecialtyGroupCount> type)
    {
        type.Name("SpecialtyGroupEngagement").Description("Members of one specialty group.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field(c => c.SpecialtyGroup).Type("SpecialtyGroup!").Description("The specialty group.");
        type.Field(c => c.Members).Type("EngagementCount!").Description("How many.");
    }
}
