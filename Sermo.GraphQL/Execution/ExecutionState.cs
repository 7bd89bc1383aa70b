using System.Collections.Concurrent;
using System.Security.Claims;
using Sermo.GraphQL.Authorization;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>One execution of an operation (a request, or one subscription event). The result tree is only ever
/// touched by the work loop: resolvers that go asynchronous post their context back to a queue, and when the
/// queue runs dry while resolvers are still pending, the DataLoaders holding keys are dispatched (that is when
/// everything in flight is waiting). Pooled by the executor between requests that ended cleanly.</summary>
internal sealed partial class ExecutionState : IBatchScheduler
{
    private const int MaxPooledContexts = 64;
    private static readonly IServiceProvider NoServices = new EmptyServiceProvider();

    private readonly Lock _errorsLock = new();
    private readonly Lock _loadersLock = new();
    private readonly ReferenceStack<ResolverContext> _contexts = new(MaxPooledContexts);
    private readonly ConcurrentQueue<ILoopWork> _completed = new();
    private readonly SemaphoreSlim _signal = new(0);
    private List<IBatchDispatcher> _readyLoaders = [];
    private List<IBatchDispatcher> _dispatching = [];
    private List<GraphQLError>? _errors;
    private Dictionary<Type, object>? _loaders;
    private IDictionary<string, object?>? _requestData;
    private IFieldAuthorizer? _fieldAuthorizer;
    private int _pending;

    public RequestExecutorOptions Options { get; private set; } = null!;
    public OperationVariant Variant { get; private set; } = null!;
    public Schema Schema { get; private set; } = null!;
    public OperationDefinitionNode Operation { get; private set; } = null!;
    public IReadOnlyDictionary<string, object?> Variables { get; private set; } = null!;
    public object? RootValue { get; private set; }
    public IServiceProvider Services { get; private set; } = NoServices;
    public ClaimsPrincipal? User { get; private set; }
    public CancellationToken CancellationToken { get; private set; }

    /// <summary>State resolvers of this request share, made on first use; thread-safe because resolvers may run in parallel.</summary>
    public IDictionary<string, object?> RequestData =>
        _requestData ?? Interlocked.CompareExchange(ref _requestData, new ConcurrentDictionary<string, object?>(StringComparer.Ordinal), null) ?? _requestData;

    /// <summary>The authorizer of this request's fields, asked of the request's services on first use and kept until
    /// the state is cleared (a host's authorizer is scoped: one per request, never carried into the next); the
    /// built-in <see cref="RoleFieldAuthorizer"/> when the services have none.</summary>
    public IFieldAuthorizer FieldAuthorizer =>
        _fieldAuthorizer ??= Services.GetService(typeof(IFieldAuthorizer)) as IFieldAuthorizer ?? RoleFieldAuthorizer.Instance;

    public void Start(
        RequestExecutorOptions options,
        OperationVariant variant,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        object? rootValue,
        CancellationToken cancellationToken)
    {
        Options = options;
        Variant = variant;
        Schema = variant.Operation.Schema;
        Operation = variant.Operation.Operation;
        Variables = variables;
        RootValue = rootValue;
        Services = request.Services ?? NoServices;
        _fieldAuthorizer = null;
        User = request.User;
        CancellationToken = cancellationToken;
        _takenNodes = ResultNodePool.RentTakenNodes();
    }

    /// <summary>The result nodes this request took from the pool; they go back with its result.</summary>
    private TakenNodes _takenNodes = null!;

    /// <summary>Forgets the request so the state can serve another one (only after a clean end: no resolver pending).</summary>
    public void Clear()
    {
        Options = null!;
        Variant = null!;
        Schema = null!;
        Operation = null!;
        Variables = null!;
        RootValue = null;
        Services = NoServices;
        _fieldAuthorizer = null;
        User = null;
        _requestData = null;
        CancellationToken = default;
        _errors = null;
        _takenNodes = null!;
        _loaders = null;
        _readyLoaders.Clear();
        _pending = 0;
        while (_signal.CurrentCount > 0)
            _signal.Wait(0);
    }

    /// <summary>Executes the operation's root selection: mutation fields one after another (each with all of
    /// its sub-selections finished first), query and subscription-event fields all at once.</summary>
    public async ValueTask<OperationResult> ExecuteAsync()
    {
        var plan = Variant.Root;
        var data = ResultNodePool.RentMap(_takenNodes, plan, null, 0, false);
        if (Operation.Operation == OperationType.Mutation)
        {
            for (var i = 0; i < plan.Fields.Length && !data.IsNulled; i++)
            {
                ExecuteField(data, i, plan.Fields[i], RootValue);
                await RunLoopAsync();
            }
        }
        else
        {
            ExecuteSelectionSet(data, plan, RootValue);
            await RunLoopAsync();
        }
        CancellationToken.ThrowIfCancellationRequested();
        return new OperationResult(data.IsNulled ? null : data, true, Errors) { PooledNodes = _takenNodes, OperationType = Operation.Operation };
    }

    public IReadOnlyList<GraphQLError> Errors => _errors is null ? [] : _errors;

    /// <summary>Runs until no resolver is pending. Stays synchronous (no allocation) when every resolver and
    /// every DataLoader batch completes synchronously.</summary>
    private async ValueTask RunLoopAsync()
    {
        while (true)
        {
            while (_completed.TryDequeue(out var work))
                work.Execute();
            if (_pending == 0)
                return;
            if (DispatchReadyLoaders())
                continue;
            await _signal.WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Awaits work that runs before any result tree exists (a subscription's subscriber), doing meanwhile
    /// what <see cref="RunLoopAsync"/> does: the DataLoaders it waits on are dispatched and their batches settled.
    /// Without this a subscriber awaiting a DataLoader would wait for a dispatch that never comes.</summary>
    public async ValueTask<T> AwaitBesideLoopAsync<T>(ValueTask<T> running)
    {
        if (running.IsCompleted)
            return await running.ConfigureAwait(false);
        var task = running.AsTask();
        _ = task.ContinueWith(static (_, signal) => ((SemaphoreSlim)signal!).Release(), _signal,
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        while (!task.IsCompleted)
        {
            while (_completed.TryDequeue(out var work))
                work.Execute();
            if (task.IsCompleted || DispatchReadyLoaders())
                continue;
            await _signal.WaitAsync(CancellationToken).ConfigureAwait(false);
        }
        return await task.ConfigureAwait(false);
    }

    /// <summary>A resolver that went asynchronous has finished: its value is completed now, on the loop.</summary>
    public void CompleteAwaited(ResolverContext context)
    {
        _pending--;
        CompleteResolved(context, context.TakeResolver());
    }

    /// <summary>Called by a resolver's continuation, on any thread.</summary>
    public void EnqueueCompleted(ResolverContext context)
    {
        _completed.Enqueue(context);
        _signal.Release();
    }

    void IBatchScheduler.Post(ILoopWork work)
    {
        _completed.Enqueue(work);
        _signal.Release();
    }

    void IBatchScheduler.Schedule(IBatchDispatcher loader)
    {
        lock (_loadersLock)
            _readyLoaders.Add(loader);
        _signal.Release();
    }

    private bool DispatchReadyLoaders()
    {
        List<IBatchDispatcher> batch;
        lock (_loadersLock)
        {
            if (_readyLoaders.Count == 0)
                return false;
            batch = _readyLoaders;
            _readyLoaders = _dispatching;
            _dispatching = batch;
        }
        foreach (var loader in batch)
            loader.Dispatch();
        batch.Clear();
        return true;
    }

    public TLoader GetDataLoader<TLoader>() where TLoader : class
    {
        lock (_loadersLock)
        {
            _loaders ??= [];
            if (_loaders.TryGetValue(typeof(TLoader), out var existing))
                return (TLoader)existing;
            var created = ServiceActivator.Create<TLoader>(Services);
            if (created is IBatchDispatcher dispatcher)
                dispatcher.Attach(this, CancellationToken);
            _loaders[typeof(TLoader)] = created;
            return created;
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errorsLock)
            (_errors ??= []).Add(error);
    }

    private ResolverContext RentContext(CompiledField field, object? parent, ResultNode node, int slot, IReadOnlyDictionary<string, object?> arguments)
    {
        var context = _contexts.Count > 0 ? _contexts.Pop() : new ResolverContext();
        context.Initialize(this, field, parent, node, slot, arguments);
        return context;
    }

    private void ReturnContext(ResolverContext context)
    {
        context.Clear();
        // A pooled state keeps its contexts; a request with thousands of concurrent resolvers must not make it keep them all.
        if (_contexts.Count < MaxPooledContexts)
            _contexts.Push(context);
    }

    /// <summary>A context for a root field outside the normal field execution (subscription source streams).</summary>
    public ResolverContext CreateRootContext(CompiledField field, ResultMap root, int slot, IReadOnlyDictionary<string, object?> arguments)
    {
        var context = new ResolverContext();
        context.Initialize(this, field, RootValue, root, slot, arguments);
        return context;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
