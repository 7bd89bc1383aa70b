using Microsoft.Extensions.Options;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas;

/// <summary>Refuses to start without a usable id secret: missing, not base64, or shorter than 256 bits.</summary>
public sealed class RelayOptionsValidator : IValidateOptions<RelayOptions>
{
    public ValidateOptionsResult Validate(string? name, RelayOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Secret))
            return ValidateOptionsResult.Fail("Relay:Secret is not set: set it (Relay__Secret) to at least 32 random bytes in base64, the same on every instance.");
        byte[] secret;
        try
        {
            secret = options.SecretBytes();
        }
        catch (FormatException)
        {
            return ValidateOptionsResult.Fail("Relay:Secret is not base64.");
        }
        return secret.Length < OpaqueTokenProtector.MinimumSecretLength
            ? ValidateOptionsResult.Fail($"Relay:Secret is {secret.Length} bytes; ids and cursors need at least {OpaqueTokenProtector.MinimumSecretLength}.")
            : ValidateOptionsResult.Success;
    }
}
