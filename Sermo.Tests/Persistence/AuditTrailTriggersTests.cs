using Sermo.Api.Data;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;

namespace Sermo.Tests.Persistence;

/// <summary>The triggers name the columns they guard; a column added to a guarded table must be sorted into frozen or
/// workflow (and the triggers made again by a migration), or this fails.</summary>
public sealed class AuditTrailTriggersTests
{
    [Theory]
    [InlineData(typeof(PageRevision))]
    [InlineData(typeof(PagePost))]
    public void The_guarded_columns_are_every_column_of_the_table(Type entity)
    {
        using var db = new SermoDbContext(PersistenceTests.OptionsFor(DatabaseProvider.Sqlite, "Data Source=:memory:"));
        var (_, columns) = TableColumn.For(db.Model.FindEntityType(entity)!);
        var (frozen, workflow) = entity == typeof(PageRevision)
            ? (AuditTrailTriggers.RevisionFrozenColumns, AuditTrailTriggers.RevisionWorkflowColumns)
            : (AuditTrailTriggers.PublishedPostFrozenColumns, AuditTrailTriggers.PublishedPostWorkflowColumns);

        Assert.Empty(frozen.Intersect(workflow));
        Assert.Equal(columns.Select(c => c.Name).Order(StringComparer.Ordinal), frozen.Concat(workflow).Order(StringComparer.Ordinal));
    }
}
