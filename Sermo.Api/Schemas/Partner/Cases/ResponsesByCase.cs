using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Cases;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>Each case's responses in posting order, one query per batch. Every list of a case (follow-ups, advice,
/// proposed actions, the accepted one) is cut from this one load, so selecting several costs one command.</summary>
public sealed class ResponsesByCase(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<SermoDbContext, Guid, CaseResponse>(contexts, options)
{
    protected override IQueryable<CaseResponse> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.Set<CaseResponse>().AsNoTracking().Where(r => keys.Contains(r.CaseId)).OrderBy(r => r.PostedAt).ThenBy(r => r.Id);

    protected override Guid KeyOf(CaseResponse value) => value.CaseId;
}
