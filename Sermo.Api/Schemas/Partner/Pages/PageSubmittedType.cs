using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>PageSubmission</c>: one event of <c>pageSubmissions</c>, its Page and post loaded for the subscriber.</summary>
public sealed class PageSubmittedType : ObjectTypeConfiguration<PageSubmitted>
{
    public override void Configure(ObjectTypeDescriptor<PageSubmitted> type)
    {
        type.Name("PageSubmission").Description("A revision of a Page or post sent for review.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field("page").Type("Page").Description("The Page as it is now; null if the subscriber may no longer see it.")
            .ResolveWith(([Parent] PageSubmitted e, IResolverContext context) => PageEventLoading.PageAsync(e.PageId, context));
        type.Field("post").Type("PagePost").Description("The post submitted; null for the Page's own content.")
            .ResolveWith(([Parent] PageSubmitted e, IResolverContext context) => PageEventLoading.PostAsync(e.PageId, e.PostId, context));
        type.Field(e => e.Revision).Description("The revision submitted (of the Page, or of the post).");
        type.Field(e => e.SubmittedAt).Description("When.");
    }
}
