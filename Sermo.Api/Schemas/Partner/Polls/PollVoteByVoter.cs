using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Polls;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>A member's own vote in each poll asked for (null when they have not voted), one query per batch: whether
/// the caller voted decides what the tally rule shows them, and which option they chose is theirs to see.</summary>
public sealed class PollVoteByVoter(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, PollVoter, PollVote>(contexts, options)
{
    protected override IQueryable<PollVote> Query(SermoDbContext db, IReadOnlyList<PollVoter> keys)
    {
        // In a request the keys share one member (the caller); both lists keep the command to the key's index.
        var polls = keys.Select(k => k.PollId).Distinct().ToList();
        var physicians = keys.Select(k => k.PhysicianId).Distinct().ToList();
        return db.PollVotes.AsNoTracking().Where(v => polls.Contains(v.PollId) && physicians.Contains(v.PhysicianId));
    }

    protected override PollVoter KeyOf(PollVote value) => new(value.PollId, value.PhysicianId);
}
