namespace Sermo.Domain.Persistence;

/// <summary>
/// One versioned change to an existing database's schema (and data), applied once, in order, inside a
/// transaction. Version 1 is the baseline that <c>EnsureCreated</c> builds; steps start at 2. A new step
/// changes the EF model too, so a fresh database created from the model is already at the newest version.
/// </summary>
public interface ISchemaMigration
{
    int Version { get; }
    string Description { get; }
    Task ApplyAsync(SermoDbContext db, CancellationToken cancellationToken);
}
