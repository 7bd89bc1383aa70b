using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Cases;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>The caller's own vote on proposed actions (<c>viewerVote</c>), one query per batch. A request asks for
/// one voter, so the query's pairs of (responses × voters) are exactly the keys.</summary>
public sealed class ActionVoteByVoter(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, ActionVoteKey, CaseActionVote>(contexts, options)
{
    protected override IQueryable<CaseActionVote> Query(SermoDbContext db, IReadOnlyList<ActionVoteKey> keys)
    {
        var responses = keys.Select(k => k.ResponseId).Distinct().ToList();
        var voters = keys.Select(k => k.VoterId).Distinct().ToList();
        return db.Set<CaseActionVote>().AsNoTracking().Where(v => responses.Contains(v.ResponseId) && voters.Contains(v.PhysicianId));
    }

    protected override ActionVoteKey KeyOf(CaseActionVote value) => new(value.ResponseId, value.PhysicianId);
}
