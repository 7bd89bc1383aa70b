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
