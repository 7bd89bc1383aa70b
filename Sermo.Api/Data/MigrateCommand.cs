using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Data;

/// <summary>
/// <c>dotnet run --project Sermo.Api -- migrate</c>: applies this build's pending migrations to the configured
/// database (taking over one made before migrations), then exits. How PostgreSQL and SQL Server get schema
/// changes, since start-up leaves them alone unless <c>Database:MigrateOnStart</c> is on.
/// </summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    public static int Run(IServiceProvider services, string[] arguments, TextWriter output, TextWriter error) =>
        RunAsync(services, arguments, output, error, CancellationToken.None).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(IServiceProvider services, string[] arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Length > 0)
        {
            await error.WriteLineAsync($"Unknown argument '{arguments[0]}'.\nUsage: migrate");
            return 2;
        }
        var provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ProviderKind;
        await using var db = await services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync(cancellationToken);
        try
        {
            var outcome = await DatabaseMigrator.MigrateAsync(db, cancellationToken);
            var current = await DatabaseMigrator.CurrentMigrationAsync(db, cancellationToken);
            await output.WriteLineAsync($"{provider}: {outcome.Describe()}; now at {current}.");
            return 0;
        }
        catch (Exception problem) when (problem is DbException or InvalidOperationException)
        {
            await error.WriteLineAsync($"{provider}: migrating failed: {problem.Message}");
            return 1;
        }
    }
}
