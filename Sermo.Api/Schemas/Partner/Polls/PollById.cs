using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Polls;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>Polls by id with their options (auto-included), one query per batch; lists prime it with the polls they
/// read, so an option's tally finds its poll without another query.</summary>
public sealed class PollById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, Poll>(contexts, options)
{
    protected override IQueryable<Poll> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Polls.AsNoTracking().Where(p => keys.Contains(p.Id));

    protected override Guid KeyOf(Poll value) => value.Id;
}
