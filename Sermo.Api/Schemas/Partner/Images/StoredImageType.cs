using Sermo.Api.Auth;
using Sermo.Api.Schemas.Partner.Pages;
using Sermo.Domain.Pages;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Images;

/// <summary><c>StoredImage</c>: an uploaded image, reached through the content that shows it (a Page's logo and cover, a
/// post's image: whoever sees the content sees its images), through <c>node</c> (which applies
/// <see cref="StoredImageAccess"/>) and through the upload's payload.</summary>
public sealed class StoredImageType : ObjectTypeConfiguration<StoredImage>
{
    public const string TypeName = "StoredImage";

    public override void Configure(ObjectTypeDescriptor<StoredImage> type)
    {
        type.Name(TypeName).Description("An image uploaded for an organisation's Pages: PNG, JPEG or WebP, checked and stored without its metadata.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Agency, SermoRoles.Reviewer, SermoRoles.Staff);
        type.Field("url").Type("String!")
            .Description("Where to fetch the bytes: a path on this server (/images/...), fetched with the same bearer token; cacheable for ever by that caller (an image never changes under its id).")
            .ResolveWith(([Parent] StoredImage image, [Service] GlobalIdCodec ids) => ImagePaths.Of(ids, image.Id));
        type.Field(i => i.Width).Description("Width in pixels, upright.");
        type.Field(i => i.Height).Description("Height in pixels, upright.");
        type.Field(i => i.ContentType).Description("image/png, image/jpeg or image/webp, as the bytes showed.");
        type.Field(i => i.Length).Name("byteLength").Description("Size of the stored (re-encoded) file in bytes.");
        PageRoles.TeamOnly(type.Field(i => i.UploadedAt).Type("DateTime").Description("When it was uploaded; the organisation's team and staff only."));
    }
}
