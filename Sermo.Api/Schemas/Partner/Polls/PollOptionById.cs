using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Polls;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>Poll options by id, for <c>node(id:)</c>, one query per batch.</summary>
public sealed class PollOptionById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, PollOption>(contexts, options)
{
    protected override IQueryable<PollOption> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Set<PollOption>().AsNoTracking().Where(o => keys.Contains(o.Id));

    protected override Guid KeyOf(PollOption value) => value.Id;
}
