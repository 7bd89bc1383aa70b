using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Sermo.Api.Events;

/// <summary>Refuses at start-up what would otherwise fail on the first event: a configuration string the client
/// does not accept, a missing certificate authority file, or an empty channel prefix (which would mix
/// deployments and other users of the same Redis).</summary>
public sealed class RedisEventBusOptionsValidator : IValidateOptions<RedisEventBusOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisEventBusOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ChannelPrefix))
            failures.Add("Redis:ChannelPrefix must not be empty: it keeps this deployment's events apart from others on the same Redis.");
        if (!string.IsNullOrEmpty(options.CertificateAuthorityPath) && !File.Exists(options.CertificateAuthorityPath))
            failures.Add($"Redis:CertificateAuthorityPath names a file that does not exist: '{options.CertificateAuthorityPath}'.");
        else
        {
            try
            {
                if (options.ToConfigurationOptions().EndPoints.Count == 0)
                    failures.Add("Redis:Configuration names no endpoint (host:port).");
            }
            catch (ArgumentException exception)
            {
                // The client's message names the offending keyword; it does not echo the password.
                failures.Add($"Redis:Configuration is not a valid StackExchange.Redis configuration string: {exception.Message}");
            }
            catch (CryptographicException)
            {
                failures.Add($"Redis:CertificateAuthorityPath is not a PEM or DER certificate: '{options.CertificateAuthorityPath}'.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
