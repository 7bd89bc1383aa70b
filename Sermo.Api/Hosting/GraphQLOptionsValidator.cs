using Microsoft.Extensions.Options;

namespace Sermo.Api.Hosting;

/// <summary>Rejects transport limits that would make the server refuse everything or nothing.</summary>
public sealed class GraphQLOptionsValidator : IValidateOptions<GraphQLOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRequestBytes is < 1024 or > 64 * 1024 * 1024)
            failures.Add($"GraphQL:MaxRequestBytes must be between 1024 and 67108864 bytes; it is {options.MaxRequestBytes}.");
        if (options.ExecutionTimeout <= TimeSpan.Zero || options.ExecutionTimeout > TimeSpan.FromMinutes(10))
            failures.Add($"GraphQL:ExecutionTimeout must be more than 0 and at most 00:10:00; it is {options.ExecutionTimeout}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
