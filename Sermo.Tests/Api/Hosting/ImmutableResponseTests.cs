using Microsoft.AspNetCore.Http;
using Sermo.Api.Hosting;

namespace Sermo.Tests.Api.Hosting;

/// <summary>The caching both immutable endpoints (images, release downloads) share: the headers on every answer, and
/// 304 only for an If-None-Match that names the tag (strong or weak, in a list, or <c>*</c>).</summary>
public sealed class ImmutableResponseTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("\"abc123\"", true)]
    [InlineData("W/\"abc123\"", true)]
    [InlineData("\"other\", W/\"abc123\"", true)]
    [InlineData("*", true)]
    [InlineData("\"other\"", false)]
    [InlineData("\"abc1234\"", false)]
    [InlineData("abc123", false)]
    public void Headers_are_set_and_a_held_tag_answers_304(string? ifNoneMatch, bool notModified)
    {
        var http = new DefaultHttpContext();
        if (ifNoneMatch is not null)
            http.Request.Headers.IfNoneMatch = ifNoneMatch;

        Assert.Equal(notModified, ImmutableResponse.IsNotModified(http, "abc123"));

        Assert.Equal(notModified ? StatusCodes.Status304NotModified : StatusCodes.Status200OK, http.Response.StatusCode);
        Assert.Equal("\"abc123\"", http.Response.Headers.ETag.ToString());
        Assert.Equal("private, max-age=31536000, immutable", http.Response.Headers.CacheControl.ToString());
        Assert.Equal("Authorization", http.Response.Headers.Vary.ToString());
    }
}
