namespace Sermo.GraphQL.Execution;

/// <summary>A DataLoader for one-to-many relations: each key loads a list (empty when nothing matches).</summary>
public abstract class GroupDataLoader<TKey, TValue> : DataLoader<TKey, IReadOnlyList<TValue>> where TKey : notnull
{
    protected GroupDataLoader(IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer)
    {
    }

    /// <summary>Loads the values of a batch of distinct keys, grouped by key.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupsAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> LoadBatchAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken)
    {
        var groups = await LoadGroupsAsync(keys, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<TKey, IReadOnlyList<TValue>>(keys.Count);
        foreach (var key in keys)
            result[key] = groups.Contains(key) ? [.. groups[key]] : [];
        return result;
    }
}
