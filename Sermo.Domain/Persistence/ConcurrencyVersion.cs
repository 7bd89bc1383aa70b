using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sermo.Domain.Persistence;

/// <summary>
/// An optimistic concurrency token that works the same on every provider: a shadow integer column that the
/// context increments whenever it updates the row, and that every UPDATE checks. The domain never sees it.
/// </summary>
public static class ConcurrencyVersion
{
    public const string PropertyName = "ConcurrencyVersion";

    internal static void Add<T>(EntityTypeBuilder<T> entity) where T : class =>
        entity.Property<int>(PropertyName).IsConcurrencyToken();

    /// <summary>Makes the next save check and advance <paramref name="aggregate"/>'s version even when none of its own
    /// columns changed, so a change to its children (advice added to a case) conflicts with a concurrent change of the
    /// aggregate (the case solved meanwhile) instead of landing beside it.</summary>
    public static void Claim(DbContext db, object aggregate)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(aggregate).Property(PropertyName).IsModified = true;
    }

    internal static void Advance(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.State != EntityState.Modified || entry.Metadata.FindProperty(PropertyName) is null)
                continue;
            var version = entry.Property(PropertyName);
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
