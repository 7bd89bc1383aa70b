using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Sermo.Api.Auth;

/// <summary>How bearer tokens are checked, bound from the <c>Auth</c> configuration section. Either an OpenID
/// Connect <see cref="Authority"/> whose published keys sign the tokens, or (development) the shared HMAC
/// <see cref="SigningKey"/> with <see cref="Issuer"/>; both check <see cref="Audience"/>.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The identity provider's base address: its discovery document
    /// (<c>/.well-known/openid-configuration</c>) names the issuer and the JWKS the tokens are checked with.</summary>
    public string Authority { get; set; } = "";

    /// <summary>Whether the discovery document and keys must come over HTTPS; false only for local tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The shared HMAC key (at least 32 bytes of UTF-8) of development tokens. Development has one in
    /// appsettings.Development.json; elsewhere it is set through the environment (<c>Auth__SigningKey</c>).</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>The <c>iss</c> of tokens signed with <see cref="SigningKey"/> (an authority's tokens carry the
    /// issuer its discovery document names).</summary>
    public string Issuer { get; set; } = "sermo";

    public string Audience { get; set; } = "sermo-api";

    /// <summary>Tolerated clock difference between issuer and server.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    public bool HasAuthority => !string.IsNullOrWhiteSpace(Authority);

    public bool HasSigningKey => !string.IsNullOrWhiteSpace(SigningKey);

    public SymmetricSecurityKey CreateSigningKey() => new(Encoding.UTF8.GetBytes(SigningKey));
}
