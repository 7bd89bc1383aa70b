using Microsoft.EntityFrameworkCore.Metadata;

namespace Sermo.Seeding;

/// <summary>Writes many new rows of one entity type at once, bypassing change tracking.</summary>
public interface IBulkWriter
{
    Task<int> WriteAsync(IEntityType entityType, IEnumerable<object> rows, CancellationToken cancellationToken);

    /// <summary>After loading: refresh the planner's statistics.</summary>
    Task FinishAsync(CancellationToken cancellationToken);
}
