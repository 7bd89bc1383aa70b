using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>A DataLoader of connections between entities (a drug's comments): every parent asking for the same page
/// under the same arguments is paged by one SQL command (<see cref="KeysetGroupPaging"/>), plus one count when
/// <c>totalCount</c> is selected, on a context of the batch's own. Keys with other arguments or another page form
/// batches of their own, one command each; a batch above <see cref="DataLoaderBatchOptions.MaxBatchSize"/> parents is
/// paged in several.
/// <code>
/// public sealed class CommentsByDrug(IDbContextFactory&lt;Db&gt; contexts, CursorCodec cursors)
///     : DbContextConnectionDataLoader&lt;Db, Guid, Guid?, Rating, CommentRow&gt;(contexts, cursors)
/// {
///     protected override IQueryable&lt;Rating&gt; Query(Db db, IReadOnlyList&lt;Guid&gt; drugs, Guid? indication) =>
///         db.Ratings.AsNoTracking().Where(r => drugs.Contains(r.DrugId) &amp;&amp; (indication == null || r.IndicationId == indication));
///     protected override Expression&lt;Func&lt;Rating, Guid&gt;&gt; ParentOf =&gt; r => r.DrugId;
///     protected override SortDefinition&lt;Rating&gt; Sort =&gt; CommentOrder;
///     protected override Expression&lt;Func&lt;Rating, CommentRow&gt;&gt; Projection =&gt; CommentRow.Projection;
/// }
/// </code></summary>
public abstract class DbContextConnectionDataLoader<TContext, TParent, TArguments, T, TResult>(
    IDbContextFactory<TContext> contexts, CursorCodec cursors, DataLoaderBatchOptions? options = null)
    : DataLoader<ConnectionKey<TParent, TArguments>, Connection<TResult>>
    where TContext : DbContext
    where TParent : notnull
{
    public int MaxBatchSize { get; } = DbContextDataLoader<TContext, TParent, TResult>.ValidBatchSize(options);

    /// <summary>The items of <paramref name="parents"/> under <paramref name="arguments"/>, as the single list filters them.</summary>
    protected abstract IQueryable<T> Query(TContext db, IReadOnlyList<TParent> parents, TArguments arguments);

    /// <summary>The parent an item belongs to.</summary>
    protected abstract Expression<Func<T, TParent>> ParentOf { get; }

    protected abstract SortDefinition<T> Sort { get; }

    /// <summary>What each item becomes (only its columns are read).</summary>
    protected abstract Expression<Func<T, TResult>> Projection { get; }

    /// <summary>The ordering <paramref name="arguments"/> ask for; null for the sort's default.</summary>
    protected virtual IReadOnlyList<SortField>? Order(TArguments arguments) => null;

    protected sealed override async Task<IReadOnlyDictionary<ConnectionKey<TParent, TArguments>, Connection<TResult>>> LoadBatchAsync(
        IReadOnlyList<ConnectionKey<TParent, TArguments>> keys, CancellationToken cancellationToken)
    {
        var connections = new Dictionary<ConnectionKey<TParent, TArguments>, Connection<TResult>>(keys.Count);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            foreach (var alike in keys.GroupBy(key => key with { Parent = default! }))
            {
                var shape = alike.Key;
                foreach (var chunk in alike.Select(key => key.Parent).Chunk(MaxBatchSize))
                {
                    var pages = await Query(db, chunk, shape.Arguments).ToConnectionsByAsync(ParentOf, chunk, Sort, Order(shape.Arguments),
                        shape.Page, cursors, Projection, shape.IncludeTotalCount, cancellationToken).ConfigureAwait(false);
                    foreach (var (parent, page) in pages)
                        connections[shape with { Parent = parent }] = page;
                }
            }
        }
        return connections;
    }
}
