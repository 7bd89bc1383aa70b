using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Sermo.Api.Auth;

/// <summary>Checks a bearer token that arrives outside an HTTP request's headers (the WebSocket
/// <c>connection_init</c> payload) the way the JwtBearer handler checks a header: its options' token handlers,
/// a copy of its validation parameters, and its configuration manager for the authority's issuer and keys,
/// asking that manager for fresh keys when a token names an unknown one. It also says until when a caller's token is
/// accepted, for connections that outlive the request that opened them.</summary>
public sealed class JwtBearerTokenValidator(IOptionsMonitor<JwtBearerOptions> monitor, ILogger<JwtBearerTokenValidator> logger)
{
    /// <summary>The caller, or null when the token is malformed, forged, expired or meant for someone else.</summary>
    public async Task<CallerCredentials?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(token))
            return null;
        var options = monitor.Get(JwtBearerDefaults.AuthenticationScheme);
        try
        {
            var parameters = await ParametersAsync(options, cancellationToken);
            foreach (var handler in options.TokenHandlers)
            {
                var result = await handler.ValidateTokenAsync(token, parameters);
                if (result.IsValid)
                    return new CallerCredentials(new ClaimsPrincipal(result.ClaimsIdentity), AcceptedUntil(result.SecurityToken.ValidTo, parameters.ClockSkew));
                if (result.Exception is SecurityTokenSignatureKeyNotFoundException && options.RefreshOnIssuerKeyNotFound)
                    options.ConfigurationManager?.RequestRefresh();
                // The exception type says why (expired, bad signature...) without echoing the token.
                logger.LogInformation("Bearer token rejected: {Reason}", result.Exception?.GetType().Name ?? "unknown");
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // E.g. the authority's discovery document cannot be fetched: the token cannot be trusted.
            logger.LogWarning(exception, "Bearer token could not be checked");
        }
        return null;
    }

    /// <summary>The caller of an HTTP request (a WebSocket upgrade, an event stream), with the expiry of the token the
    /// authentication middleware accepted for it (JwtBearer keeps the token's <c>exp</c> in the result's properties).</summary>
    public CallerCredentials CallerOf(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
            return CallerCredentials.Anonymous;
        var expires = context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.ExpiresUtc;
        var skew = monitor.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters.ClockSkew;
        return new CallerCredentials(context.User, expires is { } exp ? AcceptedUntil(exp, skew) : null);
    }

    private static DateTimeOffset AcceptedUntil(DateTime validTo, TimeSpan clockSkew) =>
        AcceptedUntil(new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc)), clockSkew);

    /// <summary>Token libraries clamp a far-future <c>exp</c> to the largest date, which the skew must not overflow.</summary>
    private static DateTimeOffset AcceptedUntil(DateTimeOffset expires, TimeSpan clockSkew) =>
        expires > DateTimeOffset.MaxValue - clockSkew ? DateTimeOffset.MaxValue : expires + clockSkew;

    /// <summary>What JwtBearer hands its token handlers: a configuration manager that knows the authority's
    /// issuer and keys is passed along; any other one is asked for them here.</summary>
    private static async Task<TokenValidationParameters> ParametersAsync(JwtBearerOptions options, CancellationToken cancellationToken)
    {
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is BaseConfigurationManager manager)
        {
            parameters.ConfigurationManager = manager;
        }
        else if (options.ConfigurationManager is not null)
        {
            var configuration = await options.ConfigurationManager.GetConfigurationAsync(cancellationToken);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }
        return parameters;
    }
}
