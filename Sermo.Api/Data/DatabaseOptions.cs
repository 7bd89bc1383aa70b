namespace Sermo.Api.Data;

/// <summary>
/// The <c>Database</c> configuration section, plus <c>ConnectionStrings:Sermo</c>. Provider is a string so a
/// typo gets a clear start-up message rather than a binder exception.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Sermo";

    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>From <c>ConnectionStrings:Sermo</c>; optional for SQLite (a <c>sermo.db</c> file in the content root).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Seed the <c>demo</c> data set at start-up when the database has no physicians.</summary>
    public bool SeedDemoWhenEmpty { get; set; } = true;

    /// <summary>
    /// Apply pending migrations at start-up. Unset means: yes for SQLite (the embedded default runs on a fresh
    /// clone), no for PostgreSQL and SQL Server, whose schema is changed by the <c>migrate</c> command.
    /// </summary>
    public bool? MigrateOnStart { get; set; }

    public bool MigratesOnStart => MigrateOnStart ?? ProviderKind == DatabaseProvider.Sqlite;

    public bool TryGetProvider(out DatabaseProvider provider) =>
        Enum.TryParse(Provider, ignoreCase: true, out provider) && Enum.IsDefined(provider);

    public DatabaseProvider ProviderKind =>
        TryGetProvider(out var provider) ? provider : throw new InvalidOperationException($"Unknown database provider '{Provider}'.");
}
