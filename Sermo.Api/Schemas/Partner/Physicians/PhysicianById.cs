using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary>Members' public profiles by id, one query per batch (case authors, advisers, commenters).</summary>
public sealed class PhysicianById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, Physician>(contexts, options)
{
    protected override IQueryable<Physician> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Physicians.AsNoTracking().Where(p => keys.Contains(p.Id));

    protected override Guid KeyOf(Physician value) => value.Id;
}
