using Microsoft.Net.Http.Headers;

namespace Sermo.Api.Hosting;

/// <summary>The caching of a response whose content under its URL never changes for the caller who asks (a stored
/// image, a published release's rows): cacheable for a year and marked immutable, but only privately (what it holds
/// depends on who asks), with an ETag; a request whose <c>If-None-Match</c> already names that tag (weak comparison, as
/// <c>If-None-Match</c> wants; <c>*</c> names any) is answered 304 with no body.</summary>
public static class ImmutableResponse
{
    public const string CacheControl = "private, max-age=31536000, immutable";

    /// <summary>Sets the ETag (<paramref name="opaqueTag"/>, quoted here) and Cache-Control; true when the client already
    /// holds this content: the status is then 304 and the caller writes nothing more.</summary>
    public static bool IsNotModified(HttpContext http, string opaqueTag)
    {
        var etag = new EntityTagHeaderValue($"\"{opaqueTag}\"");
        var response = http.Response;
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = CacheControl;
        if (!EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var held)
            || !held.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            return false;
        response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
