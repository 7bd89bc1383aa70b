namespace Sermo.GraphQL;

/// <summary>The values of <c>extensions.code</c> the engine itself produces.</summary>
public static class ErrorCodes
{
    /// <summary>The request itself is unusable (no query text at all).</summary>
    public const string BadRequest = "BAD_REQUEST";
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string DocumentTooLarge = "GRAPHQL_DOCUMENT_TOO_LARGE";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_RESOLUTION_FAILURE";
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    public const string InvalidResult = "INVALID_RESULT";
    public const string ResolverError = "INTERNAL_SERVER_ERROR";
    public const string Timeout = "TIMEOUT";
    public const string Cancelled = "REQUEST_CANCELLED";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>A field's authorization refused a caller without credentials.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>A field's authorization refused an authenticated caller.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
