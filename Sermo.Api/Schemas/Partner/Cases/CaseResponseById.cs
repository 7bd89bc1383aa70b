using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Cases;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>Responses by id (node lookups, subscription events), one query per batch.</summary>
public sealed class CaseResponseById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, CaseResponse>(contexts, options)
{
    protected override IQueryable<CaseResponse> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Set<CaseResponse>().AsNoTracking().Where(r => keys.Contains(r.Id));

    protected override Guid KeyOf(CaseResponse value) => value.Id;
}
