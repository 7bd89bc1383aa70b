using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Sermo.Api.Auth;

/// <summary>How bearer tokens are checked, bound from the <c>Auth</c> configuration section. Tokens are
/// HMAC-SHA256 JWTs signed with <see cref="SigningKey"/>, issued by <see cref="Issuer"/> for <see cref="Audience"/>.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The shared HMAC key (at least 32 bytes of UTF-8). Development has one in appsettings.Development.json;
    /// production sets it through the environment (<c>Auth__SigningKey</c>).</summary>
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "sermo";
    public string Audience { get; set; } = "sermo-api";

    /// <summary>Tolerated clock difference between issuer and server.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    public SymmetricSecurityKey CreateSigningKey() => new(Encoding.UTF8.GetBytes(SigningKey));
}
