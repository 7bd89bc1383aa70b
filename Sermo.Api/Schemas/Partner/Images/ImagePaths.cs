using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Images;

/// <summary>The path an image is served at: <c>/images/&lt;global id&gt;</c>. The global id is sealed with the Relay
/// secret, so the path reveals no database key and cannot be guessed from another image's.</summary>
public static class ImagePaths
{
    public const string Prefix = "/images";

    public static string Of(GlobalIdCodec ids, Guid imageId) => $"{Prefix}/{ids.Encode(StoredImageType.TypeName, imageId)}";
}
