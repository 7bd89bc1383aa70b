using System.Runtime.CompilerServices;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>Spec 6.2.3: CreateSourceEventStream (the root field's subscriber) and MapSourceToResponseEvent
/// (the selection executed once per event, with the event as root value).</summary>
internal static class SubscriptionExecution
{
    public static async Task<ExecutionResult> SubscribeAsync(
        RequestExecutor executor,
        CompiledOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        var plan = operation.GetVariant(variables).Root;
        if (plan.Fields.Length != 1)
        {
            return OperationResult.FromError(GraphQLError.At(
                "A subscription must select exactly one root field.", ErrorCodes.ValidationFailed, operation.Operation));
        }

        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        IAsyncEnumerable<object?> source;
        try
        {
            source = await CreateSourceStreamAsync(executor, operation, variables, request, plan, lifetime.Token).ConfigureAwait(false);
        }
        catch (GraphQLException failure)
        {
            lifetime.Dispose();
            return OperationResult.FromError(failure.Error);
        }

        return new ResponseStream(
            MapSourceToResponseEvents(executor, operation, variables, request, source, lifetime),
            () =>
            {
                // The event loop below disposes the source and the token source when it ends; it may be running
                // on another thread now, so the stream only signals it.
                try
                {
                    lifetime.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // The event loop already ended.
                }
                return ValueTask.CompletedTask;
            });
    }

    private static async ValueTask<IAsyncEnumerable<object?>> CreateSourceStreamAsync(
        RequestExecutor executor,
        CompiledOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        SelectionPlan plan,
        CancellationToken cancellationToken)
    {
        var field = plan.Fields[0];
        var state = new ExecutionState();
        state.Start(executor.Options, operation.GetVariant(variables), variables, request, request.RootValue, cancellationToken);
        var root = new ResultMap(plan, null, 0, false);

        object? stream;
        try
        {
            var context = state.CreateRootContext(field, root, 0, field.CoerceArguments(variables));
            // The subscriber opens the source stream outside the field's pipeline: it must pass the same checks.
            if (field.Field.Authorization.Count > 0)
                await Authorization.AuthorizationMiddleware.CheckAsync(context, field.Field.Authorization).ConfigureAwait(false);
            if (field.Field.Subscriber is { } subscriber)
                stream = await state.AwaitBesideLoopAsync(subscriber(context)).ConfigureAwait(false);
            else
                stream = await state.AwaitBesideLoopAsync((field.Pipeline ?? DefaultFieldResolver.Resolve)(context)).ConfigureAwait(false);
        }
        catch (GraphQLException failure)
        {
            throw new GraphQLException(state.LocateError(failure.Error, field, root, 0));
        }
        catch (Exception exception)
        {
            throw new GraphQLException(ExceptionErrors.From(exception, executor.Options, cancellationToken,
                new ErrorFilterContext(field.Coordinate, [field.ResponseName], request.Services), field.Locations));
        }

        if (state.Errors.Count > 0)
            throw new GraphQLException(state.Errors[0]);
        return stream as IAsyncEnumerable<object?> ?? throw new GraphQLException(new GraphQLError(
            $"Subscription field \"{field.Coordinate}\" must return an event stream, but returned {(stream is null ? "null" : stream.GetType().Name)}.",
            field.Locations,
            [field.ResponseName],
            new Dictionary<string, object?> { ["code"] = ErrorCodes.InvalidResult }));
    }

    private static async IAsyncEnumerable<OperationResult> MapSourceToResponseEvents(
        RequestExecutor executor,
        CompiledOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        IAsyncEnumerable<object?> source,
        CancellationTokenSource lifetime,
        [EnumeratorCancellation] CancellationToken consumerToken = default)
    {
        var consumerLink = consumerToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), lifetime);
        var events = source.GetAsyncEnumerator(lifetime.Token);
        try
        {
            while (true)
            {
                object? sourceEvent;
                OperationResult? failure = null;
                try
                {
                    if (!await events.MoveNextAsync().ConfigureAwait(false))
                        break;
                    sourceEvent = events.Current;
                }
                catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception exception)
                {
                    sourceEvent = null;
                    failure = SourceFailed(executor, request, exception, lifetime.Token);
                }
                if (failure is not null)
                {
                    yield return failure;
                    break;
                }
                yield return await executor.ExecuteOperationAsync(operation, variables, request, sourceEvent, lifetime.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            // Disposing the enumerator unsubscribes from the source.
            await events.DisposeAsync().ConfigureAwait(false);
            await consumerLink.DisposeAsync().ConfigureAwait(false);
            lifetime.Dispose();
        }
    }

    private static OperationResult SourceFailed(RequestExecutor executor, GraphQLRequest request, Exception exception, CancellationToken lifetime) =>
        new(null, true, [ExceptionErrors.From(exception, executor.Options, lifetime,
            new ErrorFilterContext(null, null, request.Services), null, "The subscription's event stream failed.")]);
}
