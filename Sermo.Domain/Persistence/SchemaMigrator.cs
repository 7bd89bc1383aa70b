using Microsoft.EntityFrameworkCore;

namespace Sermo.Domain.Persistence;

/// <summary>
/// Brings a database to the newest schema version: creates it from the model when it has no tables
/// (recording the newest version, since the model already includes every step), otherwise applies the
/// steps above the recorded version in order, each in its own transaction with its version row.
/// </summary>
public sealed class SchemaMigrator(IReadOnlyList<ISchemaMigration> steps)
{
    private readonly IReadOnlyList<ISchemaMigration> _steps = Validate(steps);

    public SchemaMigrator() : this(SchemaMigrations.All) { }

    public int LatestVersion => _steps.Count == 0 ? SchemaMigrations.Baseline : _steps[^1].Version;

    /// <summary>Returns the versions applied by this call (empty when the database was up to date).</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(SermoDbContext db, DateTime now, CancellationToken cancellationToken = default)
    {
        if (await db.Database.EnsureCreatedAsync(cancellationToken))
        {
            db.SchemaVersions.Add(new SchemaVersion(LatestVersion, "Created from the model", now));
            await db.SaveChangesAsync(cancellationToken);
            return [LatestVersion];
        }

        var current = await CurrentVersionAsync(db, cancellationToken);
        var applied = new List<int>();
        foreach (var step in _steps.Where(s => s.Version > current))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await step.ApplyAsync(db, cancellationToken);
            db.SchemaVersions.Add(new SchemaVersion(step.Version, step.Description, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            applied.Add(step.Version);
        }
        return applied;
    }

    public static async Task<int> CurrentVersionAsync(SermoDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.SchemaVersions.MaxAsync(v => (int?)v.Version, cancellationToken)
                ?? throw new InvalidOperationException("The database has a schema version table but no version in it.");
        }
        catch (Exception error) when (error is not InvalidOperationException)
        {
            throw new InvalidOperationException(
                "The database already has tables but no Sermo schema version: point ConnectionStrings:Sermo at an empty or a Sermo database.", error);
        }
    }

    private static IReadOnlyList<ISchemaMigration> Validate(IReadOnlyList<ISchemaMigration> steps)
    {
        var expected = SchemaMigrations.Baseline + 1;
        foreach (var step in steps)
        {
            if (step.Version != expected++)
                throw new ArgumentException($"Migration steps must be numbered {SchemaMigrations.Baseline + 1}, {SchemaMigrations.Baseline + 2}... in order; found {step.Version}.", nameof(steps));
        }
        return steps;
    }
}
