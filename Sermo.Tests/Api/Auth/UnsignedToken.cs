using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Sermo.Tests.Api.Auth;

/// <summary>A JWT with <c>"alg": "none"</c> and no signature, otherwise well formed and current: the classic
/// forgery a server must refuse.</summary>
internal static class UnsignedToken
{
    public static string Create(string issuer, string audience, string subject, params string[] roles)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new { alg = "none", typ = "JWT" };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["sub"] = subject,
            ["role"] = roles,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(10).ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    private static string Encode(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));
}
