namespace Sermo.Api.Hosting;

/// <summary>Puts the request's id in the <c>x-request-id</c> response header. The id is the host's
/// <see cref="HttpContext.TraceIdentifier"/>, which ASP.NET Core already writes as <c>RequestId</c> into the
/// scope of every log line of the request, so a caller's header finds the server's logs. An id the caller sent
/// is kept in the log scope as <c>ClientRequestId</c> for joining up with the caller's own logs.</summary>
public sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string HeaderName = "x-request-id";
    private const int MaxClientIdLength = 128;

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers[HeaderName] = context.TraceIdentifier;
        var clientId = ClientRequestId(context.Request.Headers[HeaderName].ToString());
        if (clientId is null)
        {
            await next(context);
            return;
        }
        using (logger.BeginScope(new Dictionary<string, object> { ["ClientRequestId"] = clientId }))
            await next(context);
    }

    /// <summary>A caller's id, when it is short printable ASCII (anything else could forge log lines).</summary>
    private static string? ClientRequestId(string value) =>
        value.Length is > 0 and <= MaxClientIdLength && value.All(c => c is > ' ' and < (char)127) ? value : null;
}
