using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Drugs;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary>Drugs by id with their class and indication links, one query per batch (node lookups, a rating's drug).</summary>
public sealed class DrugById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, Drug>(contexts, options)
{
    protected override IQueryable<Drug> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Drugs.AsNoTracking().Where(d => keys.Contains(d.Id));

    protected override Guid KeyOf(Drug value) => value.Id;
}
