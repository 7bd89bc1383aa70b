using Sermo.Domain.Pages;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>PageDecisionMade</c>: one event of <c>pageDecisions</c>, the decision read through its Page for the subscriber.</summary>
public sealed class PageDecidedType : ObjectTypeConfiguration<PageDecided>
{
    public override void Configure(ObjectTypeDescriptor<PageDecided> type)
    {
        type.Name("PageDecisionMade").Description("A reviewer decided on a revision of a Page or post.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field("page").Type("Page").Description("The Page as it is now; null if the subscriber may no longer see it.")
            .ResolveWith(([Parent] PageDecided e, IResolverContext context) => PageEventLoading.PageAsync(e.PageId, context));
        type.Field("post").Type("PagePost").Description("The post decided on; null for the Page's own content.")
            .ResolveWith(([Parent] PageDecided e, IResolverContext context) => PageEventLoading.PostAsync(e.PageId, e.PostId, context));
        type.Field("decision").Type("ReviewDecision").Description("The decision; null if the subscriber may no longer see the Page.")
            .ResolveWith(async ([Parent] PageDecided e, IResolverContext context) =>
                await PageEventLoading.PageAsync(e.PageId, context) is not null
                    ? (await context.DataLoader<DecisionsByPage>().LoadAsync(e.PageId) ?? []).FirstOrDefault(d => d.Id == e.DecisionId)
                    : null);
        type.Field(e => e.DecidedAt).Description("When.");
    }
}
