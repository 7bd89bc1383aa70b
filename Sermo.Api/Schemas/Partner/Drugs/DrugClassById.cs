using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Drugs;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary>Drug classes by id, one query per batch (the classes of a page of drugs).</summary>
public sealed class DrugClassById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, DrugClass>(contexts, options)
{
    protected override IQueryable<DrugClass> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.DrugClasses.AsNoTracking().Where(c => keys.Contains(c.Id));

    protected override Guid KeyOf(DrugClass value) => value.Id;
}
