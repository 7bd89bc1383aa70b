using Microsoft.Extensions.Options;

namespace Sermo.Api.Auth;

/// <summary><c>dotnet run --project Sermo.Api -- token --subject NAME [--role ROLE]... [--claim NAME=VALUE]... [--hours N]</c>: prints a
/// development bearer token signed with <c>Auth:SigningKey</c>, for trying the graphs in the IDE or with curl. A
/// server that only trusts an identity provider (<c>Auth:Authority</c>) takes its tokens from there.</summary>
public static class TokenCommand
{
    public const string Name = "token";

    public static int Run(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        string? subject = null;
        var roles = new List<string>();
        var claims = new Dictionary<string, string>(StringComparer.Ordinal);
        var hours = 8.0;
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            switch (arguments[i])
            {
                case "--subject" when value is not null:
                    subject = value;
                    i++;
                    break;
                case "--role" when value is not null:
                    roles.Add(value);
                    i++;
                    break;
                case "--claim" when value is not null && value.IndexOf('=') > 0 && !IsReserved(value[..value.IndexOf('=')]):
                    claims[value[..value.IndexOf('=')]] = value[(value.IndexOf('=') + 1)..];
                    i++;
                    break;
                case "--hours" when double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed > 0:
                    hours = parsed;
                    i++;
                    break;
                default:
                    error.WriteLine($"token: unexpected argument '{arguments[i]}'.");
                    error.WriteLine("usage: token --subject NAME [--role ROLE]... [--claim NAME=VALUE]... [--hours N]   (e.g. --role agency --claim agency=<agency id>)");
                    return 2;
            }
        }
        if (subject is null)
        {
            error.WriteLine("token: --subject is required.");
            return 2;
        }
        var auth = services.GetRequiredService<IOptions<AuthOptions>>().Value;
        if (!auth.HasSigningKey)
        {
            error.WriteLine($"token: this server takes its tokens from the identity provider at {auth.Authority} (Auth:Authority); get one there. The token command mints development tokens only and needs Auth:SigningKey.");
            return 1;
        }
        var issuer = services.GetRequiredService<BearerTokenIssuer>();
        output.WriteLine(issuer.Issue(subject, roles, TimeSpan.FromHours(hours), claims));
        return 0;
    }

    /// <summary>Claims the token command sets itself (subject, roles, times, issuer, audience) are not given with --claim.</summary>
    private static bool IsReserved(string claim) =>
        claim is SermoClaims.Subject or SermoClaims.Role or "iss" or "aud" or "exp" or "nbf" or "iat";
}
