using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Images;

[GraphQLDescription("An image to store for an organisation's Pages, sent as a file of a multipart request.")]
public sealed record UploadImageInput(
    [GraphQLType("ID!")][GraphQLDescription("The organisation the image is for; the calling agency must act for it.")] string OrganisationId,
    [GraphQLDescription("The image: PNG, JPEG or WebP, at most 5 MB, 16 to 8192 pixels a side and at most 40 megapixels.")] IUploadedFile File);
