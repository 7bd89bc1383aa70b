namespace Sermo.Api.Auth;

/// <summary><c>extensions.code</c> values of authentication and authorization failures.</summary>
public static class AuthErrorCodes
{
    /// <summary>No credentials, or credentials that do not check out (HTTP 401).</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>A known caller without the right to this (HTTP 403).</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
