using System.Security.Cryptography;

namespace Sermo.Api.Ide;

/// <summary>The GraphiQL bundle embedded at build time (see Sermo.Api.csproj), served from this host only.</summary>
public static class GraphiQLAssets
{
    /// <summary>Where the bundle is served.</summary>
    public const string BasePath = "/graphiql";

    private static readonly Lazy<IReadOnlyDictionary<string, Asset>> Assets = new(Load);

    /// <summary>False when the build had no npm: the endpoints then tell browsers the IDE is missing.</summary>
    public static bool Available => Assets.Value.Count == 2;

    /// <summary>The URL of an asset, versioned by its content so browsers may cache it for good.</summary>
    public static string UrlOf(string file) => $"{BasePath}/{file}?v={Assets.Value[file].Version}";

    /// <summary>Serves <c>/graphiql/graphiql.js</c> and <c>/graphiql/graphiql.css</c>.</summary>
    public static IEndpointRouteBuilder MapSermoGraphiQLAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(BasePath + "/{file}", (string file, HttpContext context) =>
        {
            if (!Assets.Value.TryGetValue(file, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{asset.Version}\""));
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static Dictionary<string, Asset> Load()
    {
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var (file, contentType) in new[] { ("graphiql.js", "text/javascript; charset=utf-8"), ("graphiql.css", "text/css; charset=utf-8") })
        {
            using var stream = typeof(GraphiQLAssets).Assembly.GetManifestResourceStream("Sermo.Api.Ide." + file);
            if (stream is null)
            {
                continue;
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            assets[file] = new Asset(content, contentType, Convert.ToHexStringLower(SHA256.HashData(content))[..16]);
        }

        return assets;
    }

    private sealed record Asset(byte[] Content, string ContentType, string Version);
}
