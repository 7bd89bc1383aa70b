namespace Sermo.GraphQL.Authorization;

/// <summary>The outcome of checking one requirement for one field.</summary>
public enum AuthorizationDecision
{
    Allowed,

    /// <summary>No authenticated caller: the field answers <c>AUTH_NOT_AUTHENTICATED</c>.</summary>
    NotAuthenticated,

    /// <summary>An authenticated caller that does not meet the requirement: <c>AUTH_NOT_AUTHORIZED</c>.</summary>
    NotAuthorized,
}
