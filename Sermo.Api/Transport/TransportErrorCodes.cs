namespace Sermo.Api.Transport;

/// <summary><c>extensions.code</c> values of requests refused before GraphQL execution (malformed requests
/// use the engine's <see cref="Sermo.GraphQL.ErrorCodes.BadRequest"/>).</summary>
public static class TransportErrorCodes
{
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string TooManyFiles = "TOO_MANY_FILES";
    /// <summary>A multipart request without the <c>GraphQL-Preflight</c> header (a CSRF guard).</summary>
    public const string PreflightRequired = "PREFLIGHT_REQUIRED";
}
