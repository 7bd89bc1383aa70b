using System.Security.Claims;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>The context handed to resolvers and middleware. Pooled per request: it is reused once the field's
/// value is completed, so a resolver must not keep it beyond its own execution. While a resolver is pending,
/// the context also carries its unfinished task back to the executor's work loop.</summary>
internal sealed class ResolverContext : IResolverContext, ILoopWork
{
    private readonly Action _onResolverCompleted;
    private ExecutionState _state = null!;
    private ValueTask<object?> _pending;

    public ResolverContext() => _onResolverCompleted = OnResolverCompleted;

    public CompiledField CompiledField { get; private set; } = null!;
    public ResultNode Node { get; private set; } = null!;
    public int Slot { get; private set; }

    public void Initialize(
        ExecutionState state,
        CompiledField field,
        object? parent,
        ResultNode node,
        int slot,
        IReadOnlyDictionary<string, object?> arguments)
    {
        _state = state;
        CompiledField = field;
        Parent = parent;
        Node = node;
        Slot = slot;
        Arguments = arguments;
    }

    public void Clear()
    {
        _state = null!;
        CompiledField = null!;
        Parent = null;
        Node = null!;
        Arguments = null!;
        _pending = default;
    }

    /// <summary>Hands the unfinished resolver task back to the work loop once it completes (on whatever thread).</summary>
    public void AwaitResolver(ValueTask<object?> pending)
    {
        _pending = pending;
        pending.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_onResolverCompleted);
    }

    public ValueTask<object?> TakeResolver()
    {
        var pending = _pending;
        _pending = default;
        return pending;
    }

    private void OnResolverCompleted() => _state.EnqueueCompleted(this);

    /// <summary>Run by the work loop once the resolver finished.</summary>
    void ILoopWork.Execute() => _state.CompleteAwaited(this);

    public Schema Schema => _state.Schema;
    public OperationDefinitionNode Operation => _state.Operation;
    public ObjectType ObjectType => CompiledField.ParentType;
    public OutputField Field => CompiledField.Field;
    public IReadOnlyList<FieldNode> FieldNodes => CompiledField.PublicNodes;
    public string ResponseName => CompiledField.ResponseName;
    public ResultPath Path => _state.ResultPathOf(Node, Slot);
    public object? Parent { get; private set; }
    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = null!;
    public IReadOnlyDictionary<string, object?> Variables => _state.Variables;
    public IServiceProvider Services => _state.Services;
    public Authorization.IFieldAuthorizer FieldAuthorizer => _state.FieldAuthorizer;
    public ClaimsPrincipal? User => _state.User;
    public IDictionary<string, object?> RequestData => _state.RequestData;
    public CancellationToken CancellationToken => _state.CancellationToken;

    public void ReportError(GraphQLError error) => _state.AddError(_state.LocateError(error, CompiledField, Node, Slot));

    public TLoader DataLoader<TLoader>() where TLoader : class => _state.GetDataLoader<TLoader>();

    public IReadOnlyList<FieldSelection> SelectionsFor(ObjectType type) => CompiledField.GetChildPlan(type).Selections;
}
