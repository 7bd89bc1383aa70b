using System.Security.Claims;

namespace Sermo.Api.Auth;

/// <summary>The credentials a request or connection acts with: who, and until when the bearer token that says so is accepted: its
/// <c>exp</c> plus the tolerated clock skew, the same limit JwtBearer applies to a new request. Null for a caller
/// whose credentials do not run out (an anonymous caller has none).</summary>
public sealed record CallerCredentials(ClaimsPrincipal User, DateTimeOffset? ExpiresAt)
{
    public static CallerCredentials Anonymous { get; } = new(new ClaimsPrincipal(new ClaimsIdentity()), null);

    /// <summary>Whether the credentials have run out at <paramref name="now"/>.</summary>
    public bool HasExpired(DateTimeOffset now) => ExpiresAt <= now;
}
