using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Data;

/// <summary>
/// Readiness: unhealthy while the database lacks migrations this build has (start-up did not apply them
/// because <c>Database:MigrateOnStart</c> is off), so no traffic reaches a server whose tables do not match.
/// </summary>
internal sealed class DatabaseSchemaHealthCheck(IDbContextFactory<SermoDbContext> contexts) : IHealthCheck
{
    public const string Name = "database-schema";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(Describe(pending));
    }

    public static string Describe(IReadOnlyList<string> pending) =>
        $"The database lacks {pending.Count} migration(s) of this build ({string.Join(", ", pending)}): " +
        "apply them with the migrate command (dotnet Sermo.Api.dll migrate) or set Database:MigrateOnStart=true.";
}
