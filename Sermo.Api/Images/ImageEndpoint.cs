using Microsoft.Net.Http.Headers;
using Sermo.Api.Blobs;
using Sermo.Api.Schemas.Partner.Images;
using Sermo.Domain.Pages;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Images;

/// <summary><c>GET /images/{id}</c>: a stored image's bytes by the global id its <c>url</c> carries. The content under an id
/// never changes, so the answer is cacheable for a year and marked immutable, with the SHA-256 as ETag (304 on a matching
/// <c>If-None-Match</c>). The content type is the one the bytes were checked to be, with <c>nosniff</c>, so a browser never
/// reads an image as anything else. No token is asked for: browsers fetch <c>&lt;img&gt;</c> sources without one, and the
/// sealed id in the path is known only to those the graph showed the image to.</summary>
public static class ImageEndpoint
{
    private const string CacheForever = "public, max-age=31536000, immutable";

    public static WebApplication MapSermoImages(this WebApplication app)
    {
        app.MapGet(ImagePaths.Prefix + "/{id}", ServeAsync).WithDisplayName("Stored image");
        return app;
    }

    private static async Task ServeAsync(HttpContext context, string id, GlobalIdCodec ids, IBlobStore blobs)
    {
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        if (!ids.TryDecode<Guid>(id, StoredImageType.TypeName, out var imageId))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await using var blob = await blobs.GetAsync(StoredImage.BlobKeyOf(imageId), context.RequestAborted);
        if (blob is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var etag = new EntityTagHeaderValue($"\"{blob.Info.ETag}\"");
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = CacheForever;
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        if (Matches(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = blob.Info.ContentType;
        response.ContentLength = blob.Info.Length;
        await blob.Content.CopyToAsync(response.Body, context.RequestAborted);
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}
