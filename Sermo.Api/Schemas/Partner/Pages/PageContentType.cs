using Sermo.Domain.Pages;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>PageContent</c>: one revision's content as a visitor sees it. The live Page and the staging revision
/// both render through this one type, so reviewers see new material exactly as it will look.</summary>
public sealed class PageContentType : ObjectTypeConfiguration<PageContent>
{
    public const string ImageTypeName = "StoredImage";

    public override void Configure(ObjectTypeDescriptor<PageContent> type)
    {
        type.Description("What a Page shows: branding, about text, brand or company information, and the Important Safety Information shown with it.");
        type.AuthorizeRoles(PageRoles.All);
        type.Field(c => c.Title).Description("The Page's name as shown.");
        type.Field(c => c.Tagline).Description("A line under the name.");
        type.Field(c => c.AboutText).Description("The about text.");
        type.Field(c => c.CompanyInformation).Description("Company or brand information.");
        type.Field(c => c.BrandName).Description("The brand branded content is about; null for unbranded content.");
        type.Field("logoImageId").Type("ID").Description("The logo: an uploaded image of the organisation; null for none.")
            .ResolveWith(([Parent] PageContent c, [Service] GlobalIdCodec ids) => ImageId(c.LogoImageId, ids));
        type.Field("coverImageId").Type("ID").Description("The cover image: an uploaded image of the organisation; null for none.")
            .ResolveWith(([Parent] PageContent c, [Service] GlobalIdCodec ids) => ImageId(c.CoverImageId, ids));
        type.Field(c => c.BrandColour).Description("The main colour, #RRGGBB.");
        type.Field(c => c.AccentColour).Description("The accent colour, #RRGGBB.");
        type.Field(c => c.Kind).Type("ContentKind!").Description("Unbranded, a reminder ad, or product claims (which carry Important Safety Information).");
        type.Field(c => c.ImportantSafetyInformation).Description("The Important Safety Information shown with the content.");
    }

    internal static string? ImageId(Guid? id, GlobalIdCodec ids) => id is { } key ? ids.Encode(ImageTypeName, key) : null;
}
