using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>Each case's advice in the order given, one batched query per request.</summary>
public sealed class AdviceByCase(IDbContextFactory<ClinicContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextGroupDataLoader<ClinicContext, int, Advice>(contexts, options)
{
    protected override IQueryable<Advice> Query(ClinicContext db, IReadOnlyList<int> keys) =>
        db.Advice.AsNoTracking().Where(advice => keys.Contains(advice.CaseId)).OrderBy(advice => advice.Id);

    protected override int KeyOf(Advice value) => value.CaseId;
}
