namespace Sermo.GraphQL.Execution;

/// <summary>Batches and caches loads by key for one request (get one per request with
/// <see cref="IResolverContext.DataLoader{TLoader}"/>). Keys asked for while the request's resolvers run are
/// collected; when every resolver in flight is waiting, the executor calls <see cref="LoadBatchAsync"/> once
/// with all of them. A key asked for twice is loaded once.</summary>
public abstract class DataLoader<TKey, TValue> : IBatchDispatcher where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache;
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>>? _batch;
    private IBatchScheduler? _scheduler;
    private CancellationToken _cancellationToken;

    protected DataLoader(IEqualityComparer<TKey>? keyComparer = null) => _cache = new Dictionary<TKey, Task<TValue?>>(keyComparer);

    /// <summary>Loads the values of a batch of distinct keys; a key missing from the answer loads as default (null).</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value for a key: from this request's cache, or from the next batch.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> promise;
        bool firstOfBatch;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var known))
                return known;
            promise = new TaskCompletionSource<TValue?>();
            _cache[key] = promise.Task;
            firstOfBatch = _batch is null;
            (_batch ??= []).Add(new KeyValuePair<TKey, TaskCompletionSource<TValue?>>(key, promise));
        }
        if (firstOfBatch)
        {
            if (_scheduler is not null)
                _scheduler.Schedule(this);
            else
                // Used outside an executor: the keys asked for in the same synchronous run form the batch.
                ThreadPool.UnsafeQueueUserWorkItem(static loader => loader.Dispatch(), (IBatchDispatcher)this, preferLocal: false);
        }
        return promise.Task;
    }

    /// <summary>The values for several keys, in the order of the keys.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadAsync(IReadOnlyList<TKey> keys)
    {
        var loads = new Task<TValue?>[keys.Count];
        for (var i = 0; i < keys.Count; i++)
            loads[i] = LoadAsync(keys[i]);
        return await Task.WhenAll(loads).ConfigureAwait(false);
    }

    /// <summary>Forgets a key's cached value (after a mutation changed it): the next load asks the batch again.</summary>
    public void Clear(TKey key)
    {
        lock (_lock)
            _cache.Remove(key);
    }

    /// <summary>Forgets every cached value.</summary>
    public void ClearAll()
    {
        lock (_lock)
            _cache.Clear();
    }

    /// <summary>Caches a value known without loading (the entity a mutation just saved), replacing any cached one.</summary>
    public void Prime(TKey key, TValue? value)
    {
        lock (_lock)
            _cache[key] = Task.FromResult(value);
    }

    void IBatchDispatcher.Attach(IBatchScheduler scheduler, CancellationToken cancellationToken)
    {
        _scheduler = scheduler;
        _cancellationToken = cancellationToken;
    }

    void IBatchDispatcher.Dispatch()
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>>? batch;
        lock (_lock)
        {
            batch = _batch;
            _batch = null;
        }
        if (batch is null)
            return;

        var keys = new TKey[batch.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = batch[i].Key;

        Task<IReadOnlyDictionary<TKey, TValue>> loading;
        try
        {
            loading = LoadBatchAsync(keys, _cancellationToken);
        }
        catch (Exception exception)
        {
            Fail(batch, exception);
            return;
        }
        if (loading.IsCompleted)
        {
            Settle(batch, loading);
            return;
        }
        loading.ContinueWith(
            static (_, state) => ((Settlement)state!).Arrived(),
            new Settlement(batch, loading, _scheduler),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>A batch load that finished asynchronously. Inside an executor it is settled on the work loop:
    /// the waiting resolvers then resume there together, so the keys they ask for next form one batch rather
    /// than racing the loop.</summary>
    private sealed class Settlement(
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch,
        Task<IReadOnlyDictionary<TKey, TValue>> loading,
        IBatchScheduler? scheduler) : ILoopWork
    {
        public void Arrived()
        {
            if (scheduler is null)
                Execute();
            else
                scheduler.Post(this);
        }

        public void Execute() => Settle(batch, loading);
    }

    private static void Settle(List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch, Task<IReadOnlyDictionary<TKey, TValue>> loading)
    {
        if (loading.IsCanceled)
        {
            foreach (var (_, promise) in batch)
                promise.TrySetCanceled();
            return;
        }
        if (loading.Exception is { } failure)
        {
            Fail(batch, failure.InnerExceptions.Count == 1 ? failure.InnerExceptions[0] : failure);
            return;
        }
        var values = loading.Result;
        if (values is null)
        {
            Fail(batch, new InvalidOperationException("The batch load returned no dictionary."));
            return;
        }
        foreach (var (key, promise) in batch)
            promise.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
    }

    private static void Fail(List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch, Exception exception)
    {
        foreach (var (_, promise) in batch)
            promise.TrySetException(exception);
    }
}
