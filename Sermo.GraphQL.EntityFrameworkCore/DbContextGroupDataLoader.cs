using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>A one-to-many DataLoader over EF Core (a case's responses by case id), with a context per batch and
/// batches split like <see cref="DbContextDataLoader{TContext, TKey, TValue}"/>'s.</summary>
public abstract class DbContextGroupDataLoader<TContext, TKey, TValue>(IDbContextFactory<TContext> contexts, DataLoaderBatchOptions? options = null)
    : GroupDataLoader<TKey, TValue>
    where TContext : DbContext
    where TKey : notnull
{
    public int MaxBatchSize { get; } = DbContextDataLoader<TContext, TKey, TValue>.ValidBatchSize(options);

    /// <summary>The rows of one command's keys: <c>Where(x => keys.Contains(x.ParentKey))</c>, ordered as each group should be.</summary>
    protected abstract IQueryable<TValue> Query(TContext db, IReadOnlyList<TKey> keys);

    /// <summary>The key of the group a row belongs to.</summary>
    protected abstract TKey KeyOf(TValue value);

    protected sealed override async Task<ILookup<TKey, TValue>> LoadGroupsAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var rows = new List<TValue>();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            foreach (var chunk in keys.Chunk(MaxBatchSize))
                rows.AddRange(await Query(db, chunk).ToListAsync(cancellationToken).ConfigureAwait(false));
        }
        return rows.ToLookup(KeyOf);
    }
}
