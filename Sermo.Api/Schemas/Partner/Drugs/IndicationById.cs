using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Drugs;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary>Indications by id, one query per batch (a drug's indications, what a rating or summary is for).</summary>
public sealed class IndicationById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, Indication>(contexts, options)
{
    protected override IQueryable<Indication> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Indications.AsNoTracking().Where(i => keys.Contains(i.Id));

    protected override Guid KeyOf(Indication value) => value.Id;
}
