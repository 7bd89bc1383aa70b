using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Sermo.Api.Blobs;
using Sermo.Api.Hosting;
using Sermo.Api.Schemas.Conventions;
using Sermo.Api.Schemas.Partner.Images;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Images;

/// <summary><c>GET /images/{id}</c>: a stored image's bytes by the global id its <c>url</c> carries, to the callers
/// <see cref="StoredImageAccess"/> lets see the image (the same rule as <c>node</c>): a bearer token is required (401
/// without one), and an image the caller may not see answers 404 exactly like an id that names nothing. The content under
/// an id never changes, so the answer is an <see cref="ImmutableResponse"/> (private: it depends on who asks, so also
/// <c>Vary: Authorization</c>) with the SHA-256 as ETag. The content type is the one the bytes were checked to be, with
/// <c>nosniff</c>, so a browser never reads an image as anything else.</summary>
public static class ImageEndpoint
{
    public static WebApplication MapSermoImages(this WebApplication app)
    {
        app.MapGet(ImagePaths.Prefix + "/{id}", ServeAsync).WithDisplayName("Stored image");
        return app;
    }

    private static async Task ServeAsync(HttpContext context, string id, GlobalIdCodec ids, IBlobStore blobs,
        IDbContextFactory<SermoDbContext> contexts, StoredImageAccess access)
    {
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        // From the start, not only on the image (ImmutableResponse): a 404 also depends on who asks.
        response.Headers.Vary = HeaderNames.Authorization;
        var caller = new Caller(context.User);
        if (!caller.IsAuthenticated)
        {
            response.StatusCode = StatusCodes.Status401Unauthorized;
            response.Headers.WWWAuthenticate = "Bearer";
            return;
        }
        var image = ids.TryDecode<Guid>(id, StoredImageType.TypeName, out var imageId) ? await FindAsync(contexts, imageId, context.RequestAborted) : null;
        if (image is null || !await access.MayReadAsync(image, caller, context.RequestAborted))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await using var blob = await blobs.GetAsync(image.BlobKey, context.RequestAborted);
        if (blob is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        if (ImmutableResponse.IsNotModified(context, blob.Info.ETag))
            return;
        response.ContentType = blob.Info.ContentType;
        response.ContentLength = blob.Info.Length;
        await blob.Content.CopyToAsync(response.Body, context.RequestAborted);
    }

    private static async Task<StoredImage?> FindAsync(IDbContextFactory<SermoDbContext> contexts, Guid imageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StoredImages.AsNoTracking().SingleOrDefaultAsync(i => i.Id == imageId, cancellationToken);
    }
}
