using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>Each case's author, one batched query per request.</summary>
public sealed class MemberById(IDbContextFactory<ClinicContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<ClinicContext, int, Member>(contexts, options)
{
    protected override IQueryable<Member> Query(ClinicContext db, IReadOnlyList<int> keys) =>
        db.Members.AsNoTracking().Where(member => keys.Contains(member.Id));

    protected override int KeyOf(Member value) => value.Id;
}
