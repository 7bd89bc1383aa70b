using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

public sealed class PageEngagementType : ObjectTypeConfiguration<PageEngagementReport>
{
    public override void Configure(ObjectTypeDescriptor<PageEngagementReport> type)
    {
        type.Name("PageEngagement").Description("A Page's engagement over whole calendar periods, as counts of distinct members; never who.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field("from").Type("Date!").Description("The first day counted (the start of the first period).").ResolveWith(([Parent] PageEngagementReport r) => r.Window.Start);
        type.Field("until").Type("Date!").Description("The day after the last day counted.").ResolveWith(([Parent] PageEngagementReport r) => r.Window.End);
        type.Field(r => r.Followers).Type("EngagementCount!").Description("Members following at the end of the window (hidden where fewer than 11 changed since another day's shown count).");
        type.Field(r => r.Viewers).Type("EngagementCount!").Description("Members who viewed the Page during the window; shown for a window of one period only (over several, two windows a period apart would give the members new in that period).");
        type.Field(r => r.Periods).Type("[EngagementPeriodCounts!]!").Description("The same counts per calendar period; all hidden for a period that has not ended.");
        type.Field(r => r.FollowersBySpecialtyGroup).Type("[SpecialtyGroupEngagement!]!").Description("Followers at the end of the window by every specialty group (one without followers is hidden like a small count).");
        type.Field(r => r.FollowersByRegion).Type("[RegionEngagement!]!").Description("Followers at the end of the window by every region (one without followers is hidden like a small count).");
        type.Field(r => r.ViewersBySpecialtyGroup).Type("[SpecialtyGroupEngagement!]!").Description("Viewers during the window by every specialty group; all hidden unless the window is one period.");
        type.Field(r => r.ViewersByRegion).Type("[RegionEngagement!]!").Description("Viewers during the window by every region; all hidden unless the window is one period.");
        type.Field(r => r.Posts).Type("[PostEngagement!]!").Description("Reacting members per post (every post published before the window's end, reactions or not): over the window for a one-period window, and per period.");
    }
}
