using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

public sealed class EngagementPeriodCountsType : ObjectTypeConfiguration<EngagementPeriodCounts>
{
    public override void Configure(ObjectTypeDescriptor<EngagementPeriodCounts> type)
    {
        type.Description("Counts over one calendar period.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field(p => p.Start).Type("Date!").Description("The period's first day.");
        type.Field(p => p.End).Type("Date!").Description("The day after its last day.");
        type.Field(p => p.Followers).Type("EngagementCount!").Description("Members following at the period's end.");
        type.Field(p => p.Viewers).Type("EngagementCount!").Description("Members who viewed during the period.");
    }
}
