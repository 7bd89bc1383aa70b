using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Organisations;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary>Organisations by id, one query per batch (drugs' manufacturers). Without their agency mandates: the
/// graph shows an organisation's name and kind only, so nothing else is read.</summary>
public sealed class OrganisationById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, Organisation>(contexts, options)
{
    protected override IQueryable<Organisation> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Organisations.AsNoTracking().IgnoreAutoIncludes().Where(o => keys.Contains(o.Id));

    protected override Guid KeyOf(Organisation value) => value.Id;
}
