using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary>Each member's credential checks (staff only), one query per batch.</summary>
public sealed class CredentialChecksByPhysician(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<SermoDbContext, Guid, CredentialCheck>(contexts, options)
{
    protected override IQueryable<CredentialCheck> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Physicians.AsNoTracking().Where(p => keys.Contains(p.Id)).SelectMany(p => p.CredentialChecks).OrderBy(c => c.Stage);

    protected override Guid KeyOf(CredentialCheck value) => value.PhysicianId;
}
