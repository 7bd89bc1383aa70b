using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Sermo.Api.Auth;

/// <summary>Configures the JwtBearer scheme from <see cref="AuthOptions"/>: the authority's discovery
/// document and keys (fetched and refreshed by JwtBearer's configuration manager) and/or the development
/// HMAC key, the audience, and Sermo's short claim names. The WebSocket handshake reads the same options
/// (<see cref="JwtBearerTokenValidator"/>).</summary>
public sealed class JwtBearerOptionsSetup(IOptions<AuthOptions> auth, ILogger<JwtBearerOptionsSetup> logger) : IConfigureNamedOptions<JwtBearerOptions>, IPostConfigureOptions<JwtBearerOptions>
{
    /// <summary>The refusal message of a token that does not check out: the reason (expired, forged...) is
    /// logged, not told to the caller.</summary>
    private const string InvalidTokenMessage = "The bearer token is invalid or expired.";

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme)
            Configure(options);
    }

    public void Configure(JwtBearerOptions options)
    {
        var settings = auth.Value;
        if (settings.HasAuthority)
        {
            options.Authority = settings.Authority;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        }
        // An unknown kid means the authority rotated its keys: fetch them again (at most once per RefreshInterval).
        options.RefreshOnIssuerKeyNotFound = true;
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            // With an authority, its discovery document adds its issuer and keys to these.
            ValidIssuer = settings.HasSigningKey ? settings.Issuer : null,
            IssuerSigningKey = settings.HasSigningKey ? settings.CreateSigningKey() : null,
            ValidAudience = settings.Audience,
            ClockSkew = settings.ClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            NameClaimType = SermoClaims.Subject,
            RoleClaimType = SermoClaims.Role,
            AuthenticationType = JwtBearerDefaults.AuthenticationScheme,
        };
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = RefuseOtherSchemes,
            OnAuthenticationFailed = context =>
            {
                // The exception type says why (expired, bad signature, provider unreachable...) without echoing the token.
                logger.LogInformation("Bearer token rejected: {Reason}", context.Exception.GetType().Name);
                context.Fail(InvalidTokenMessage);
                return Task.CompletedTask;
            },
            // The GraphQL endpoints write their own 401 body; a challenge after it must not touch the response.
            OnChallenge = context =>
            {
                if (context.Response.HasStarted)
                    context.HandleResponse();
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>Runs after JwtBearer's own post-configuration (registered after it), which creates the
    /// configuration manager of an authority. That manager would keep accepting keys of earlier documents for an
    /// hour ("last known good"); a key the authority withdraws, perhaps because it leaked, is refused as soon as
    /// the keys are fetched again instead.</summary>
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme && options.ConfigurationManager is BaseConfigurationManager manager)
            manager.UseLastKnownGoodConfiguration = false;
    }

    /// <summary>JwtBearer ignores an Authorization header that is not <c>Bearer &lt;token&gt;</c>; Sermo refuses
    /// it instead, so a client with broken credentials is never served as anonymous.</summary>
    private static Task RefuseOtherSchemes(MessageReceivedContext context)
    {
        string? authorization = context.Request.Headers.Authorization;
        if (string.IsNullOrEmpty(authorization))
            return Task.CompletedTask;
        const string Scheme = "Bearer ";
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(authorization[Scheme.Length..]))
            context.Fail("The Authorization header must be 'Bearer <token>'.");
        return Task.CompletedTask;
    }
}
