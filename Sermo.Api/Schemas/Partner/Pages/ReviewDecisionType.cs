using Sermo.Domain.Pages;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>ReviewDecision</c>: one entry of the audit trail. Reached only through <c>Page.reviewDecisions</c>, which
/// asks the organisation-team policy first; no mutation changes or removes one.</summary>
public sealed class ReviewDecisionType : ObjectTypeConfiguration<ReviewDecision>
{
    public override void Configure(ObjectTypeDescriptor<ReviewDecision> type)
    {
        type.Description("A reviewer's decision on one exact version of a Page or post: who, when, which revision, why.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field("post").Type("PagePost").Description("The post decided on; null for a decision on the Page's own content.")
            .ResolveWith(([Parent] ReviewDecision d, PagePostById posts) => d.PostId is { } post ? posts.LoadAsync(post) : Task.FromResult<PagePost?>(null));
        type.Field(d => d.Revision).Description("The revision decided on (of the Page, or of the post).");
        type.Field(d => d.ContentHash).Description("SHA-256 of the content decided on.");
        type.Field(d => d.Reviewer).Type("PageReviewer!").Description("Who decided.");
        type.Field(d => d.Outcome).Type("ReviewOutcome!").Description("Approved, or changes requested.");
        type.Field(d => d.Reason).Description("Why; always given when changes were requested.");
        type.Field(d => d.DecidedAt).Description("When.");
    }
}
