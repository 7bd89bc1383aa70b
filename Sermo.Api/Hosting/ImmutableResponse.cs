using Microsoft.Net.Http.Headers;

namespace Sermo.Api.Hosting;

/// <summary>The caching of a response whose content under its URL never changes for the caller who asks (a stored
/// image, a published release's rows): cacheable for a year and marked immutable, but only privately (what it holds
/// depends on who asks, so it varies by <c>Authorization</c>), with an ETag; a request whose <c>If-None-Match</c> already names that tag (weak comparison, as
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
        // Private is not enough: a browser keeps one copy per URL, and another token in the same browser may be entitled
        // to less (a download limited to some classes, an image the next caller may not see).
        response.Headers.Vary = HeaderNames.Authorization;
        if (!EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var held)
            || !held.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            return false;
        response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
