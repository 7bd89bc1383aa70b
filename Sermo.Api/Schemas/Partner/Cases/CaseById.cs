using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Cases;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>Cases by id, one query per batch, without their responses (those have loaders of their own).</summary>
public sealed class CaseById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, Case>(contexts, options)
{
    protected override IQueryable<Case> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Cases.AsNoTracking().Where(c => keys.Contains(c.Id));

    protected override Guid KeyOf(Case value) => value.Id;
}
