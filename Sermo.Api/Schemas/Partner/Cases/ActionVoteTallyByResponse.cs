using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Cases;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>Support and opposition per proposed action: one grouped query per batch, so no vote row is read.
/// A proposal nobody voted on has no row (read it as <see cref="ActionVoteTally.None"/>).</summary>
public sealed class ActionVoteTallyByResponse(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, ActionVoteTally>(contexts, options)
{
    protected override IQueryable<ActionVoteTally> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Set<CaseActionVote>().AsNoTracking()
            .Where(v => keys.Contains(v.ResponseId))
            .GroupBy(v => v.ResponseId)
            .Select(g => new ActionVoteTally(g.Key, g.Count(v => v.Supports), g.Count(v => !v.Supports)));

    protected override Guid KeyOf(ActionVoteTally value) => value.ResponseId;
}
