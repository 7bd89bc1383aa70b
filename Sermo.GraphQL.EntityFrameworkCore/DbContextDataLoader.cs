using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>A DataLoader over EF Core: each batch gets a DbContext of its own from the (pooled) factory and gives it
/// back when done, so DataLoaders dispatched together never share a context ("a second operation was started on
/// this context"); a batch above <see cref="DataLoaderBatchOptions.MaxBatchSize"/> keys is loaded in several commands.
/// <code>
/// public sealed class CaseById(IDbContextFactory&lt;SermoDbContext&gt; contexts)
///     : DbContextDataLoader&lt;SermoDbContext, Guid, Case&gt;(contexts)
/// {
///     protected override IQueryable&lt;Case&gt; Query(SermoDbContext db, IReadOnlyList&lt;Guid&gt; keys) =>
///         db.Cases.AsNoTracking().Where(c => keys.Contains(c.Id));
///     protected override Guid KeyOf(Case value) => value.Id;
/// }
/// </code></summary>
public abstract class DbContextDataLoader<TContext, TKey, TValue>(IDbContextFactory<TContext> contexts, DataLoaderBatchOptions? options = null)
    : DataLoader<TKey, TValue>
    where TContext : DbContext
    where TKey : notnull
{
    public int MaxBatchSize { get; } = ValidBatchSize(options);

    /// <summary>The rows of one command's keys (at most <see cref="MaxBatchSize"/>): <c>Where(x => keys.Contains(x.Key))</c>.</summary>
    protected abstract IQueryable<TValue> Query(TContext db, IReadOnlyList<TKey> keys);

    protected abstract TKey KeyOf(TValue value);

    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = new Dictionary<TKey, TValue>(keys.Count);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            foreach (var chunk in keys.Chunk(MaxBatchSize))
            {
                foreach (var value in await Query(db, chunk).ToListAsync(cancellationToken).ConfigureAwait(false))
                    values[KeyOf(value)] = value;
            }
        }
        return values;
    }

    internal static int ValidBatchSize(DataLoaderBatchOptions? options)
    {
        var size = (options ?? DataLoaderBatchOptions.Default).MaxBatchSize;
        return size > 0 ? size : throw new ArgumentOutOfRangeException(nameof(options), size, "A batch holds at least one key.");
    }
}
