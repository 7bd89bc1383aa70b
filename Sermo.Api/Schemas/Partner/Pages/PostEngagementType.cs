using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

public sealed class PostEngagementType : ObjectTypeConfiguration<PostEngagement>
{
    public override void Configure(ObjectTypeDescriptor<PostEngagement> type)
    {
        type.Description("Reacting members of one post.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field("post").Type("PagePost!").Description("The post.").ResolveWith(([Parent] PostEngagement p, PagePostById posts) => posts.LoadAsync(p.PostId));
        type.Field(p => p.Reactors).Type("EngagementCount!").Description("Members who reacted during the window.");
        type.Field(p => p.ReactorsByPeriod).Type("[EngagementCount!]!").Description("Members who reacted, per period of the report (in the same order).");
    }
}
