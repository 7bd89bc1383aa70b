using System.Text;
using Microsoft.Extensions.Options;

namespace Sermo.Api.Auth;

/// <summary>Refuses to start with a missing or guessable signing key: a short HMAC key lets anyone mint tokens.</summary>
public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningKey))
            failures.Add("Auth:SigningKey is not set: set it in configuration or the environment variable Auth__SigningKey (at least 32 bytes; Development has one in appsettings.Development.json).");
        else if (Encoding.UTF8.GetByteCount(options.SigningKey) < MinimumKeyBytes)
            failures.Add($"Auth:SigningKey is {Encoding.UTF8.GetByteCount(options.SigningKey)} bytes; HMAC-SHA256 needs at least {MinimumKeyBytes}.");
        if (string.IsNullOrWhiteSpace(options.Issuer))
            failures.Add("Auth:Issuer must not be empty.");
        if (string.IsNullOrWhiteSpace(options.Audience))
            failures.Add("Auth:Audience must not be empty.");
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(5))
            failures.Add($"Auth:ClockSkew must be between 00:00:00 and 00:05:00; it is {options.ClockSkew}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
