using Microsoft.Extensions.Options;

namespace Sermo.Api.Data;

/// <summary>Refuses to start with a provider that does not exist, or has no connection string.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!options.TryGetProvider(out var provider))
            return ValidateOptionsResult.Fail(
                $"{DatabaseOptions.SectionName}:Provider '{options.Provider}' is not supported; use Sqlite (the default), Postgres or SqlServer.");
        if (provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString))
            return ValidateOptionsResult.Fail(
                $"{DatabaseOptions.SectionName}:Provider is {provider}, which needs ConnectionStrings:{DatabaseOptions.ConnectionStringName} " +
                "(for example the environment variable ConnectionStrings__Sermo).");
        return ValidateOptionsResult.Success;
    }
}
