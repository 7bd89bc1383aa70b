using Sermo.Domain.Pages;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("A post's content.")]
public sealed record PostContentInput(
    [GraphQLDescription("What the post says, at most 5,000 characters.")] string Body,
    [GraphQLType("ID")][GraphQLDescription("An image shown with the post: the id of an uploaded image of the organisation.")] string? ImageId,
    [GraphQLDescription("Unbranded, a reminder ad, or product claims (with Important Safety Information).")] ContentKind Kind,
    [GraphQLDescription("The brand: required for a reminder ad or product claims.")] string? BrandName,
    [GraphQLDescription("Important Safety Information; required with product claims.")] string? ImportantSafetyInformation)
{
    public static readonly (string DomainField, string InputPath)[] Fields =
    [
        ("Post body", "content.body"), ("Image", "content.imageId"), ("Kind", "content.kind"), ("Brand name", "content.brandName"),
        ("Important Safety Information", "content.importantSafetyInformation"),
    ];

    /// <summary>The key of the image the input names, to load for the domain's check.</summary>
    public IReadOnlyList<Guid?> ImageKeys(GlobalIdCodec ids) => [PageContentInput.ImageKey(ids, ImageId, "Image")];

    public PostContent ToContent(GlobalIdCodec ids) =>
        new(Body, PageContentInput.ImageKey(ids, ImageId, "Image"), Kind, BrandName, ImportantSafetyInformation);
}
