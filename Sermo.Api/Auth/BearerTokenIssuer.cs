using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sermo.Api.Auth;

/// <summary>Mints tokens that <see cref="BearerTokenValidator"/> accepts: for developers (the <c>token</c>
/// command) and tests. Production tokens come from the identity service holding the same key.</summary>
public sealed class BearerTokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public string Issue(string subject, IReadOnlyCollection<string> roles, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        if (lifetime <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A token's lifetime must be positive.");
        var auth = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [SermoClaims.Subject] = subject };
        if (roles.Count > 0)
            claims[SermoClaims.Role] = roles.ToArray();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(auth.CreateSigningKey(), SecurityAlgorithms.HmacSha256),
        });
    }
}
