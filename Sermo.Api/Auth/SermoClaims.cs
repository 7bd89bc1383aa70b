namespace Sermo.Api.Auth;

/// <summary>The claim types Sermo tokens carry (short JWT names, never mapped to the long SOAP URIs).</summary>
public static class SermoClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Name = "name";
}
