using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sermo.Api.Auth;

/// <summary>Checks a Sermo bearer token (signature, issuer, audience, lifetime) and gives the caller it names.
/// Shared by the HTTP authentication handler and the WebSocket <c>connection_init</c> handshake.</summary>
public sealed class BearerTokenValidator
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _parameters;
    private readonly ILogger<BearerTokenValidator> _logger;

    public BearerTokenValidator(IOptions<AuthOptions> options, ILogger<BearerTokenValidator> logger)
    {
        var auth = options.Value;
        _logger = logger;
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer,
            ValidAudience = auth.Audience,
            IssuerSigningKey = auth.CreateSigningKey(),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = auth.ClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            NameClaimType = SermoClaims.Subject,
            RoleClaimType = SermoClaims.Role,
            AuthenticationType = BearerAuthenticationHandler.SchemeName,
        };
    }

    /// <summary>The caller, or null when the token is malformed, forged, expired or meant for someone else.</summary>
    public async Task<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(token))
            return null;
        var result = await _handler.ValidateTokenAsync(token, _parameters);
        if (result.IsValid)
            return new ClaimsPrincipal(result.ClaimsIdentity);
        // The exception type says why (expired, bad signature...) without echoing the token.
        _logger.LogInformation("Bearer token rejected: {Reason}", result.Exception?.GetType().Name ?? "unknown");
        return null;
    }
}
