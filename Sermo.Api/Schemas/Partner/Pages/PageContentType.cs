using Sermo.Domain.Pages;
using Sermo.Api.Schemas.Partner.Images;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>PageContent</c>: one revision's content as a visitor sees it. The live Page and the staging revision
/// both render through this one type, so reviewers see new material exactly as it will look.</summary>
public sealed class PageContentType : ObjectTypeConfiguration<PageContent>
{
    public override void Configure(ObjectTypeDescriptor<PageContent> type)
    {
        type.Description("What a Page shows: branding, about text, brand or company information, and the Important Safety Information shown with it.");
        type.AuthorizeRoles(PageRoles.All);
        type.Field(c => c.Title).Description("The Page's name as shown.");
        type.Field(c => c.Tagline).Description("A line under the name.");
        type.Field(c => c.AboutText).Description("The about text.");
        type.Field(c => c.CompanyInformation).Description("Company or brand information.");
        type.Field(c => c.BrandName).Description("The brand branded content is about; null for unbranded content.");
        type.Field("logo").Type(StoredImageType.TypeName).Description("The logo, an uploaded image of the organisation; null for none.")
            .ResolveWith(([Parent] PageContent c, StoredImageById images) => ImageAsync(c.LogoImageId, images));
        type.Field("cover").Type(StoredImageType.TypeName).Description("The cover image, an uploaded image of the organisation; null for none.")
            .ResolveWith(([Parent] PageContent c, StoredImageById images) => ImageAsync(c.CoverImageId, images));
        type.Field(c => c.BrandColour).Description("The main colour, #RRGGBB.");
        type.Field(c => c.AccentColour).Description("The accent colour, #RRGGBB.");
        type.Field(c => c.Kind).Type("ContentKind!").Description("Unbranded, a reminder ad, or product claims (which carry Important Safety Information).");
        type.Field(c => c.ImportantSafetyInformation).Description("The Important Safety Information shown with the content.");
    }

    /// <summary>An image the content shows, through the request's loader (one query for every image of the response).
    /// Whoever reached the content may see its images: the live content is members', a revision the team's.</summary>
    internal static async Task<StoredImage?> ImageAsync(Guid? id, StoredImageById images) => id is { } key ? await images.LoadAsync(key) : null;
}
