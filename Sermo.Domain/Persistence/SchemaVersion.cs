namespace Sermo.Domain.Persistence;

/// <summary>One applied schema version: the baseline the database was created at, then each migration step.</summary>
public sealed class SchemaVersion
{
    private SchemaVersion() { }

    public SchemaVersion(int version, string description, DateTime appliedAt)
    {
        Version = version;
        Description = description;
        AppliedAt = appliedAt;
    }

    public int Version { get; private set; }
    public string Description { get; private set; } = "";
    public DateTime AppliedAt { get; private set; }
}
