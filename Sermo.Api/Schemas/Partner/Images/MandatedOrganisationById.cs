using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Organisations;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Images;

/// <summary>Organisations by id with their agency mandates, one query per batch: what the domain's mandate rule
/// (<see cref="Organisation.IsRepresentedBy"/>) needs to say whether an agency acts for one.</summary>
public sealed class MandatedOrganisationById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, Organisation>(contexts, options)
{
    protected override IQueryable<Organisation> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Organisations.AsNoTracking().Where(o => keys.Contains(o.Id));

    protected override Guid KeyOf(Organisation value) => value.Id;
}
