using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Pages;
using Sermo.Api.Schemas.Partner.Images;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>PagePost</c>: a post as whoever reached it sees it (members reach only published posts of live Pages),
/// the caller's own reaction, and the workflow for the organisation's team and staff.</summary>
public sealed class PagePostType : ObjectTypeConfiguration<PagePost>
{
    public override void Configure(ObjectTypeDescriptor<PagePost> type)
    {
        type.Description("A post on a Page, published after its own regulatory review.");
        type.AuthorizeRoles(PageRoles.All);
        type.Field(p => p.Body).Description("What the post says.");
        type.Field("image").Type(StoredImageType.TypeName).Description("An uploaded image of the organisation shown with the post; null for none.")
            .ResolveWith(([Parent] PagePost p, StoredImageById images) => PageContentType.ImageAsync(p.ImageId, images));
        type.Field(p => p.Kind).Type("ContentKind!").Description("Unbranded, a reminder ad, or product claims.");
        type.Field(p => p.BrandName).Description("The brand branded content is about.");
        type.Field(p => p.ImportantSafetyInformation).Description("The Important Safety Information shown with the post.");
        type.Field(p => p.PublishedAt).Description("When the post went live; null until it has.");
        type.Field("viewerReaction").Type("ReactionKind").Description("The caller's own reaction; null when none. Only ever the caller's own.")
            .ResolveWith(async ([Parent] PagePost p, Caller caller, ReactionByReactor reactions) =>
                caller.PhysicianId is { } member ? (await reactions.LoadAsync(new PageMember(p.Id, member)))?.Kind : null);

        PageRoles.TeamOnly(type.Field(p => p.State).Type("ReviewState").Description("Where the post stands in the review workflow."));
        PageRoles.TeamOnly(type.Field(p => p.Revision).Type("Int").Description("The post's current revision (each edit counts one up)."));
        PageRoles.TeamOnly(type.Field(p => p.ContentHash).Type("String").Description("SHA-256 of the current revision's canonical form."));
        PageRoles.TeamOnly(type.Field(p => p.EditedBy).Type("PageEditor").Description("Who wrote the current revision."));
        PageRoles.TeamOnly(type.Field(p => p.CreatedAt).Type("DateTime").Description("When the post was drafted."));
        PageRoles.TeamOnly(type.Field(p => p.SubmittedAt).Description("When it was last sent for review."));
        PageRoles.TeamOnly(type.Field(p => p.WithdrawnAt).Description("When it was taken down after publication."));
    }
}
