using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Cases;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>Each case's attachment metadata in the order added, one query per batch.</summary>
public sealed class AttachmentsByCase(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<SermoDbContext, Guid, CaseAttachment>(contexts, options)
{
    protected override IQueryable<CaseAttachment> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Set<CaseAttachment>().AsNoTracking().Where(a => keys.Contains(a.CaseId)).OrderBy(a => a.AddedAt).ThenBy(a => a.Id);

    protected override Guid KeyOf(CaseAttachment value) => value.CaseId;
}
