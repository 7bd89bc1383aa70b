using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

public sealed class RegionEngagementType : ObjectTypeConfiguration<RegionCount>
{
    public override void Configure(ObjectTypeDescriptor<RegionCount> type)
    {
        type.Name("RegionEngagement").Description("Members in one region of the world.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field(c => c.Region).Type("Region!").Description("The region.");
        type.Field(c => c.Members).Type("EngagementCount!").Description("How many.");
    }
}
