using Sermo.Domain.Pages;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>PageRevision</c>: one numbered version of a Page's content with its place in the workflow. Reached only
/// through the team's fields of <c>Page</c>, which ask the organisation-team policy first.</summary>
public sealed class PageRevisionType : ObjectTypeConfiguration<PageRevision>
{
    public override void Configure(ObjectTypeDescriptor<PageRevision> type)
    {
        type.Description("One version of a Page's content. Its content never changes; a change is a new revision.");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field(r => r.Number).Description("1 for the first revision, then counting up.");
        type.Field(r => r.State).Type("ReviewState!").Description("Where the revision stands in the review workflow.");
        type.Field("content").Type("PageContent!").Description("The content, rendered as the live Page would render it.")
            .ResolveWith(([Parent] PageRevision r) => r.Content);
        type.Field(r => r.ContentHash).Description("SHA-256 of the content's canonical form (64 hex digits): an approval names it, and only that content can go live.");
        type.Field(r => r.EditedBy).Type("PageEditor!").Description("Who wrote the revision.");
        type.Field(r => r.CreatedAt).Description("When the revision was written.");
        type.Field(r => r.SubmittedAt).Description("When it was last sent for review; null if never.");
    }
}
