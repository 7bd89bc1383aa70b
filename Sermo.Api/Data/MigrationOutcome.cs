namespace Sermo.Api.Data;

/// <summary>
/// What <see cref="DatabaseMigrator.MigrateAsync"/> did: the migrations that were pending when it began
/// (applied by it, or by a migrator that held the lock first), and whether it took over a database made
/// before migrations (<see cref="LegacySchemaBaseline"/>).
/// </summary>
public sealed record MigrationOutcome(IReadOnlyList<string> Pending, bool TookOverLegacySchema)
{
    public string Describe() =>
        (TookOverLegacySchema ? $"took over the schema made before migrations ({LegacySchemaBaseline.TableName} {LegacySchemaBaseline.AdoptableVersion}); " : "") +
        (Pending.Count == 0 ? "no migration was pending" : $"applied {string.Join(", ", Pending)}");
}
