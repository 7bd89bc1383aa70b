using System.Text;
using Microsoft.Extensions.Options;

namespace Sermo.Api.Auth;

/// <summary>Refuses to start without a clear way to check tokens: outside Development exactly one of an
/// authority and a signing key (a server taking both would accept tokens nobody meant for production), an
/// authority that is an absolute address (HTTPS unless explicitly relaxed), and no guessable HMAC key.</summary>
public sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (!options.HasAuthority && !options.HasSigningKey)
            failures.Add("Neither Auth:Authority nor Auth:SigningKey is set: set Auth:Authority (Auth__Authority) to the identity provider's address, or Auth:SigningKey (Auth__SigningKey, at least 32 bytes) for development tokens.");
        if (options.HasAuthority && options.HasSigningKey && !environment.IsDevelopment())
            failures.Add($"Auth:Authority and Auth:SigningKey are both set; outside Development set exactly one (the environment is {environment.EnvironmentName}).");
        if (options.HasAuthority)
            ValidateAuthority(options, failures);
        if (options.HasSigningKey && Encoding.UTF8.GetByteCount(options.SigningKey) < MinimumKeyBytes)
            failures.Add($"Auth:SigningKey is {Encoding.UTF8.GetByteCount(options.SigningKey)} bytes; HMAC-SHA256 needs at least {MinimumKeyBytes}.");
        if (options.HasSigningKey && string.IsNullOrWhiteSpace(options.Issuer))
            failures.Add("Auth:Issuer must not be empty when Auth:SigningKey is set.");
        if (string.IsNullOrWhiteSpace(options.Audience))
            failures.Add("Auth:Audience must not be empty.");
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(5))
            failures.Add($"Auth:ClockSkew must be between 00:00:00 and 00:05:00; it is {options.ClockSkew}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAuthority(AuthOptions options, List<string> failures)
    {
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) ||
            (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
            failures.Add($"Auth:Authority must be an absolute http(s) address; it is '{options.Authority}'.");
        else if (authority.Scheme == Uri.UriSchemeHttp && options.RequireHttpsMetadata)
            failures.Add($"Auth:Authority '{options.Authority}' is not HTTPS: keys fetched over plain HTTP can be swapped in transit. Use HTTPS, or set Auth:RequireHttpsMetadata to false for a local test provider.");
    }
}
