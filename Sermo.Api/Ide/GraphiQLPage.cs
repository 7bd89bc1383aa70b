using System.Net;
using System.Text.Json;
using Sermo.Api.Transport;

namespace Sermo.Api.Ide;

/// <summary>The HTML page that starts GraphiQL for one schema endpoint: its HTTP URL (subscriptions go to
/// the same path over WebSocket), the header editor for the bearer token, and the example tabs (<see cref="IdeTabs"/>).</summary>
public static class GraphiQLPage
{
    private static readonly JsonSerializerOptions SettingsJson = new(JsonSerializerDefaults.Web);

    /// <summary>Whether a request is a browser asking for a page rather than a GraphQL client.</summary>
    public static bool IsBrowserRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) &&
        !request.Query.ContainsKey("query") &&
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static async Task WriteAsync(HttpContext context, GraphQLSchemaEndpoint endpoint)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentType = "text/html; charset=utf-8";
        if (!GraphiQLAssets.Available)
        {
            response.StatusCode = StatusCodes.Status501NotImplemented;
            await response.WriteAsync(
                "<!doctype html><title>GraphiQL not built</title><p>This build of Sermo.Api was made without npm, so the " +
                "GraphiQL IDE is not included. GraphQL requests still work at this URL; build with Node.js 20 to get the IDE.</p>");
            return;
        }

        // Everything the page loads comes from this host; GraphiQL styles itself inline.
        response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
            "font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'";
        var settings = JsonSerializer.Serialize(new
        {
            url = endpoint.Path.Value,
            headers = string.Empty,
            tabs = (await IdeTabs.ForAsync(context.RequestServices, endpoint, context.RequestAborted))
                .Select(tab => new { query = tab.Query, variables = tab.Variables, headers = tab.Headers }),
        }, SettingsJson);
        await response.WriteAsync($"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sermo {WebUtility.HtmlEncode(endpoint.Name)} graph · GraphiQL</title>
              <link rel="stylesheet" href="{GraphiQLAssets.UrlOf("graphiql.css")}">
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL…</div>
              <script id="sermo-graphiql-settings" type="application/json">{settings}</script>
              <script src="{GraphiQLAssets.UrlOf("graphiql.js")}"></script>
            </body>
            </html>
            """);
    }
}
