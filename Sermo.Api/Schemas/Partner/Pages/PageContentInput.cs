using Sermo.Api.Schemas.Partner.Images;
using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("A Page's content: branding, about text, brand or company information, and Important Safety Information where claims need it.")]
public sealed record PageContentInput(
    [GraphQLDescription("The Page's name as shown, at most 200 characters.")] string Title,
    [GraphQLDescription("A line under the name, at most 300 characters.")] string? Tagline,
    [GraphQLDescription("The about text, at most 10,000 characters.")] string AboutText,
    [GraphQLDescription("Company or brand information, at most 10,000 characters.")] string? CompanyInformation,
    [GraphQLDescription("The brand: required for a reminder ad or product claims, absent for unbranded content.")] string? BrandName,
    [GraphQLType("ID")][GraphQLDescription("The logo: the id of an uploaded image of the organisation.")] string? LogoImageId,
    [GraphQLType("ID")][GraphQLDescription("The cover image: the id of an uploaded image of the organisation.")] string? CoverImageId,
    [GraphQLDescription("The main colour, #RRGGBB.")] string? BrandColour,
    [GraphQLDescription("The accent colour, #RRGGBB.")] string? AccentColour,
    [GraphQLDescription("Unbranded, a reminder ad (brand name, no efficacy or safety claims), or product claims (with Important Safety Information).")] ContentKind Kind,
    [GraphQLDescription("Important Safety Information, at most 20,000 characters; required with product claims.")] string? ImportantSafetyInformation)
{
    /// <summary>Where each value the domain names came from, under the mutation input's <c>content</c>.</summary>
    public static readonly (string DomainField, string InputPath)[] Fields =
    [
        ("Title", "content.title"), ("Tagline", "content.tagline"), ("About text", "content.aboutText"),
        ("Company information", "content.companyInformation"), ("Brand name", "content.brandName"), ("Logo", "content.logoImageId"),
        ("Cover image", "content.coverImageId"), ("Brand colour", "content.brandColour"), ("Accent colour", "content.accentColour"),
        ("Kind", "content.kind"), ("Important Safety Information", "content.importantSafetyInformation"),
    ];

    public PageContent ToContent(GlobalIdCodec ids) =>
        new(Title, Tagline, AboutText, CompanyInformation, BrandName, ImageKey(ids, LogoImageId, "Logo"), ImageKey(ids, CoverImageId, "Cover image"),
            BrandColour, AccentColour, Kind, ImportantSafetyInformation);

    /// <summary>The keys of the images the input names (the logo, the cover), to load for the domain's check.</summary>
    public IReadOnlyList<Guid?> ImageKeys(GlobalIdCodec ids) => [ImageKey(ids, LogoImageId, "Logo"), ImageKey(ids, CoverImageId, "Cover image")];

    /// <summary>The key of an uploaded image's id; an id that is not one is refused at its input path.</summary>
    internal static Guid? ImageKey(GlobalIdCodec ids, string? id, string field) =>
        id is null ? null
        : ids.TryDecode<Guid>(id, StoredImageType.TypeName, out var key) ? key
        : throw new DomainRuleException(DomainErrorCodes.InvalidArgument, $"{field}: '{id}' is not the id of an uploaded image.", field);
}
