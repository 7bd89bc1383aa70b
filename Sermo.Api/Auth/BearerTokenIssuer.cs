using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sermo.Api.Auth;

/// <summary>Mints development tokens signed with <c>Auth:SigningKey</c>, which the JwtBearer scheme accepts while
/// that key is configured: for developers (the <c>token</c> command) and tests. With an authority, tokens come
/// from the identity provider.</summary>
public sealed class BearerTokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <param name="claims">More claims, such as the <c>agency</c> an agency token acts as (<see cref="SermoClaims"/>).</param>
    public string Issue(string subject, IReadOnlyCollection<string> roles, TimeSpan lifetime, IReadOnlyDictionary<string, string>? claims = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        if (lifetime <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A token's lifetime must be positive.");
        var auth = options.Value;
        if (!auth.HasSigningKey)
            throw new InvalidOperationException("Auth:SigningKey is not set: only an identity provider (Auth:Authority) issues tokens for this server.");
        var now = time.GetUtcNow().UtcDateTime;
        var payload = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in claims ?? new Dictionary<string, string>())
            payload[name] = value;
        payload[SermoClaims.Subject] = subject;
        if (roles.Count > 0)
            payload[SermoClaims.Role] = roles.ToArray();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = payload,
            SigningCredentials = new SigningCredentials(auth.CreateSigningKey(), SecurityAlgorithms.HmacSha256),
        });
    }
}
