using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sermo.Tests.Infrastructure;

/// <summary>An OpenID Connect provider as far as a resource server sees one: a discovery document and a JWKS
/// over plain HTTP on a free loopback port, with RSA keys the test can swap (key rotation), and tokens signed
/// with whichever key the test picks.</summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    private const string JwksPath = "/keys";
    private readonly WebApplication _app;
    private readonly JsonWebTokenHandler _handler = new();
    private volatile RsaSecurityKey[] _published;
    private int _jwksRequests;

    private TestIdentityProvider(WebApplication app, RsaSecurityKey[] published)
    {
        _app = app;
        _published = published;
    }

    /// <summary>The provider's address, which is also the <c>iss</c> of its tokens and what Auth:Authority names.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>How often the JWKS was fetched: rises when a resource server refreshes its keys.</summary>
    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    public static RsaSecurityKey CreateKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    public static async Task<TestIdentityProvider> StartAsync(params RsaSecurityKey[] published)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var provider = new TestIdentityProvider(app, published);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = provider.Authority,
            ["jwks_uri"] = provider.Authority + JwksPath,
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        }));
        app.MapGet(JwksPath, () =>
        {
            Interlocked.Increment(ref provider._jwksRequests);
            return Results.Json(new { keys = provider._published.Select(PublicJwk).ToArray() });
        });
        await app.StartAsync();
        provider.Authority = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return provider;
    }

    /// <summary>Serves these keys, and only these, from now on.</summary>
    public void Publish(params RsaSecurityKey[] keys) => _published = keys;

    public string IssueToken(RsaSecurityKey key, string subject, string audience, string[] roles, DateTime? expires = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(10);
        var issued = expiry.AddMinutes(-10);
        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if (roles.Length > 0)
            claims["role"] = roles;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expiry,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The public half only: a JWKS never carries the private exponent.</summary>
    private static Dictionary<string, string> PublicJwk(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
