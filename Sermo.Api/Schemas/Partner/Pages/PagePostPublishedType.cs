using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>PagePostPublished</c>: one event of <c>followedPagePosts</c>, loaded for the follower.</summary>
public sealed class PagePostPublishedType : ObjectTypeConfiguration<PagePostPublished>
{
    public override void Configure(ObjectTypeDescriptor<PagePostPublished> type)
    {
        type.Description("A post went live on a Page the subscriber follows.");
        type.AuthorizeRoles(PageRoles.All);
        type.Field("page").Type("Page").Description("The Page; null if the subscriber may no longer see it.")
            .ResolveWith(([Parent] PagePostPublished e, IResolverContext context) => PageEventLoading.PageAsync(e.PageId, context));
        type.Field("post").Type("PagePost").Description("The post; null if the subscriber may no longer see it.")
            .ResolveWith(([Parent] PagePostPublished e, IResolverContext context) => PageEventLoading.PostAsync(e.PageId, e.PostId, context));
        type.Field(e => e.PublishedAt).Description("When.");
    }
}
