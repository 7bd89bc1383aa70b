using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Sermo.Api.Transport;

/// <summary>The media types of the GraphQL-over-HTTP specification and the negotiation between them.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The response media type the <c>Accept</c> header asks for, or null when it accepts neither.
    /// No header, <c>*/*</c> and <c>application/*</c> mean <c>application/json</c> (what older clients
    /// understand); the specific GraphQL type wins over <c>application/json</c> at equal quality.</summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
            return Json;
        // A client naming exactly one of the two types, the usual case, needs no parsing.
        if (accept.Count == 1 && Match(accept[0]).MediaType is { } single)
            return single;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return null;
        string? best = null;
        var bestQuality = 0.0;
        var bestRank = -1;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var (mediaType, rank) = Match(range.MediaType);
            if (mediaType is null || quality <= 0 || quality < bestQuality || (quality == bestQuality && rank <= bestRank))
                continue;
            (best, bestQuality, bestRank) = (mediaType, quality, rank);
        }
        return best;
    }

    /// <summary>True for <c>application/json</c> with no charset or UTF-8 (the only request body the spec defines).</summary>
    public static bool IsJsonRequest(string? contentType) =>
        string.Equals(contentType, Json, StringComparison.OrdinalIgnoreCase)
        || MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Content-Type of a response in <paramref name="mediaType"/>; the two GraphQL types' are constants.</summary>
    public static string ContentType(string mediaType) => mediaType switch
    {
        Json => Json + Utf8Charset,
        GraphQLResponseJson => GraphQLResponseJson + Utf8Charset,
        _ => mediaType + Utf8Charset,
    };

    private const string Utf8Charset = "; charset=utf-8";

    private static (string? MediaType, int Rank) Match(StringSegment range)
    {
        if (range.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            return (GraphQLResponseJson, 2);
        if (range.Equals(Json, StringComparison.OrdinalIgnoreCase))
            return (Json, 1);
        if (range.Equals("*/*", StringComparison.Ordinal) || range.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            return (Json, 0);
        return (null, -1);
    }
}
