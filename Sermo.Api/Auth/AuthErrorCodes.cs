namespace Sermo.Api.Auth;

/// <summary><c>extensions.code</c> values of authentication and authorization failures at the door (the same codes
/// the engine gives a refused field).</summary>
public static class AuthErrorCodes
{
    /// <summary>No credentials, or credentials that do not check out (HTTP 401).</summary>
    public const string NotAuthenticated = Sermo.GraphQL.ErrorCodes.NotAuthenticated;

    /// <summary>A known caller without the right to this (HTTP 403).</summary>
    public const string NotAuthorized = Sermo.GraphQL.ErrorCodes.NotAuthorized;
}
