using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Validation;

namespace Sermo.GraphQL.Execution;

/// <summary>Runs GraphQL requests against one schema (spec 6.1): the query text is parsed and validated once
/// (cached by its text), its operations compiled once, then each request only coerces its variables and
/// executes. Bad input of any kind comes back as errors in the result, never as an exception.</summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly DocumentCache _documents;
    private readonly FieldPipelines _pipelines = new();
    private readonly ObjectPool<ExecutionState> _states;
    private readonly ObjectPool<CancellationTokenSource> _timeouts;
    private readonly ValidationOptions _validationOptions;

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? new RequestExecutorOptions();
        _documents = new DocumentCache(Options.DocumentCacheSize);
        _validationOptions = new ValidationOptions { HideSuggestions = Options.HideSuggestions };
        var poolSize = Environment.ProcessorCount * 4;
        _states = new ObjectPool<ExecutionState>(static () => new ExecutionState(), poolSize);
        _timeouts = new ObjectPool<CancellationTokenSource>(static () => new CancellationTokenSource(), poolSize);
    }

    public Schema Schema { get; }
    public RequestExecutorOptions Options { get; }

    /// <summary>How many documents the cache holds now.</summary>
    public int CachedDocumentCount => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            var operation = Prepare(request, out var variables, out var failure);
            if (operation is null)
                return failure!;
            if (operation.Operation.Operation == OperationType.Subscription)
                return await SubscriptionExecution.SubscribeAsync(this, operation, variables, request, cancellationToken).ConfigureAwait(false);
            return await ExecuteOperationAsync(operation, variables, request, request.RootValue, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return OperationResult.FromError(ExceptionErrors.From(exception, Options, cancellationToken,
                new ErrorFilterContext(null, null, request.Services), null));
        }
    }

    /// <summary>Everything before execution: document (cached), operation, allowed kinds, variables.</summary>
    private CompiledOperation? Prepare(GraphQLRequest request, out IReadOnlyDictionary<string, object?> variables, out OperationResult? failure)
    {
        variables = null!;
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            failure = OperationResult.FromError(GraphQLError.At("Must provide a query string.", ErrorCodes.BadRequest));
            return null;
        }

        var document = GetDocument(request.Query);
        if (document.Errors.Count > 0)
        {
            failure = OperationResult.FromErrors(document.Errors);
            return null;
        }

        var lookup = document.GetOperation(request.OperationName, this);
        if (lookup.Operation is not { } operation)
        {
            failure = OperationResult.FromError(lookup.Error!);
            return null;
        }

        var kind = operation.Operation.Operation switch
        {
            OperationType.Mutation => AllowedOperations.Mutation,
            OperationType.Subscription => AllowedOperations.Subscription,
            _ => AllowedOperations.Query,
        };
        if ((request.AllowedOperations & kind) == 0)
        {
            failure = OperationResult.FromError(GraphQLError.At(
                $"Operation type \"{operation.Operation.Operation.ToString().ToLowerInvariant()}\" is not allowed for this request.",
                ErrorCodes.OperationNotAllowed,
                operation.Operation));
            return null;
        }

        var errors = InputValues.CoerceVariableValues(operation.Variables, request.Variables, out variables);
        if (errors.Count > 0)
        {
            failure = OperationResult.FromErrors(errors);
            return null;
        }
        failure = null;
        return operation;
    }

    private CachedDocument GetDocument(string query)
    {
        if (_documents.TryGet(query, out var cached))
            return cached;
        return _documents.Add(query, ParseAndValidate(query));
    }

    private CachedDocument ParseAndValidate(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, Options.ParserOptions);
        }
        catch (GraphQLException syntaxError)
        {
            return new CachedDocument(null, [syntaxError.Error]);
        }
        return new CachedDocument(document, DocumentValidator.Validate(Schema, document, options: _validationOptions));
    }

    internal OperationLookup CompileOperation(DocumentNode document, string? operationName) =>
        OperationCompiler.Compile(Schema, document, operationName, Options, _pipelines);

    /// <summary>Executes a prepared operation once (a query, a mutation, or one subscription event) under the
    /// request timeout and the client's cancellation.</summary>
    internal async ValueTask<OperationResult> ExecuteOperationAsync(
        CompiledOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        object? rootValue,
        CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
            return Cancelled();

        CancellationTokenSource? timeout = null;
        CancellationTokenRegistration clientRegistration = default;
        var token = cancellationToken;
        if (Options.Timeout != Timeout.InfiniteTimeSpan)
        {
            timeout = _timeouts.Rent();
            timeout.CancelAfter(Options.Timeout);
            if (cancellationToken.CanBeCanceled)
                clientRegistration = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timeout);
            token = timeout.Token;
        }

        var state = _states.Rent();
        state.Start(Options, operation.GetVariant(variables), variables, request, rootValue, token);
        try
        {
            // Resolvers must not capture the caller's synchronization context: their continuations are meant to
            // run inline or on the thread pool and report to the work loop, which keeps DataLoader batches whole.
            var callerContext = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(null);
            ValueTask<OperationResult> running;
            try
            {
                running = state.ExecuteAsync();
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(callerContext);
            }
            var result = await running.ConfigureAwait(false);
            state.Clear();
            _states.Return(state);
            return result;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Resolvers may still be running and reporting to this state: it is abandoned, not pooled.
            return cancellationToken.IsCancellationRequested ? Cancelled() : TimedOut();
        }
        finally
        {
            clientRegistration.Dispose();
            if (timeout is not null)
            {
                if (timeout.TryReset())
                    _timeouts.Return(timeout);
                else
                    timeout.Dispose();
            }
        }
    }

    private OperationResult TimedOut() => new(null, true, [GraphQLError.At(
        $"The request exceeded the execution timeout of {Options.Timeout.TotalSeconds:0.###} s.", ErrorCodes.Timeout)]);

    private static OperationResult Cancelled() => new(null, true, [GraphQLError.At("The request was cancelled.", ErrorCodes.Cancelled)]);
}
