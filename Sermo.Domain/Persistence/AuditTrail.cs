using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sermo.Domain.Pages;

namespace Sermo.Domain.Persistence;

/// <summary>
/// What the database layer refuses to change, whatever code asks: a review decision, once written, is never updated
/// or deleted (it is the audit trail), and a Page revision's content is never rewritten nor the revision deleted
/// (only its place in the workflow moves), and a published post's content stays as published. Checked on every save,
/// before anything is sent; the database refuses the same through its triggers (<see cref="AuditTrailTriggers"/>).
/// </summary>
public static class AuditTrail
{
    private static readonly HashSet<string> RevisionWorkflowProperties = [.. AuditTrailTriggers.RevisionWorkflowColumns];

    internal static void EnsureAppendOnly(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case ReviewDecision when entry.State is EntityState.Modified or EntityState.Deleted:
                    throw new AuditTrailViolationException($"A review decision cannot be {Verb(entry.State)}: decisions are the audit trail.");
                case PageRevision when entry.State == EntityState.Deleted:
                    throw new AuditTrailViolationException("A Page revision cannot be deleted: revisions are the record of what was reviewed and published.");
                case PageRevision when entry.State == EntityState.Modified && ContentChanged(entry, RevisionWorkflowProperties):
                    throw new AuditTrailViolationException("A Page revision's content cannot be changed: a change is a new revision.");
                case PagePost when entry.State == EntityState.Modified && entry.Property(nameof(PagePost.PublishedAt)).OriginalValue is not null
                                   && ContentChanged(entry, PublishedPostWorkflowProperties):
                    throw new AuditTrailViolationException("A published post's content cannot be changed: it can only be withdrawn.");
            }
        }
    }

    private static readonly HashSet<string> PublishedPostWorkflowProperties = [.. AuditTrailTriggers.PublishedPostWorkflowColumns];

    private static bool ContentChanged(EntityEntry entry, HashSet<string> workflowProperties) =>
        entry.Properties.Any(p => p.IsModified && !workflowProperties.Contains(p.Metadata.Name))
        || entry.ComplexProperties.Any(c => c.Properties.Any(p => p.IsModified));

    private static string Verb(EntityState state) => state == EntityState.Deleted ? "deleted" : "changed";
}
