namespace Sermo.Domain.Persistence;

/// <summary>The migration steps after the baseline, in version order. Add a step here with every model change.</summary>
public static class SchemaMigrations
{
    public const int Baseline = 1;

    public static IReadOnlyList<ISchemaMigration> All { get; } = [];
}
