using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using Sermo.Api.Auth;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.WebSockets;

/// <summary>What the two WebSocket protocols share: reading whole text messages, sending one message at a
/// time, running each operation in its own DI scope until it ends or the client stops it, and closing the
/// socket once. The subclasses turn protocol messages into calls to <see cref="StartOperation"/> and friends.</summary>
internal abstract partial class GraphQLSocketSession
{
    private static readonly TimeSpan CloseHandshakeGrace = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, RunningOperation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> _started = [];
    private readonly CancellationTokenSource _session;
    private int _closing;

    protected GraphQLSocketSession(WebSocket socket, SocketSessionContext context, CancellationToken aborted)
    {
        _socket = socket;
        Context = context;
        _session = CancellationTokenSource.CreateLinkedTokenSource(aborted);
    }

    protected SocketSessionContext Context { get; }

    /// <summary>The caller, once the connection is initialised (anonymous until then).</summary>
    private ClaimsPrincipal User { get; set; } = CallerCredentials.Anonymous.User;

    protected CancellationToken SessionAborted => _session.Token;

    protected bool IsClosing => Volatile.Read(ref _closing) != 0;

    /// <summary>Reads messages until the client closes, the server closes, or the connection drops;
    /// then stops every operation still running.</summary>
    public async Task RunAsync()
    {
        try
        {
            OnOpened();
            var buffer = new ArrayBufferWriter<byte>(4096);
            while (true)
            {
                buffer.ResetWrittenCount();
                var kind = await ReceiveMessageAsync(buffer);
                if (kind == WebSocketMessageType.Close)
                {
                    break;
                }

                if (IsClosing)
                {
                    continue; // Waiting for the client's close frame; nothing else counts any more.
                }

                if (kind == WebSocketMessageType.Binary)
                {
                    await OnProtocolViolationAsync("Binary messages are not supported");
                    continue;
                }

                if (buffer.WrittenCount > Context.Options.MaxMessageBytes)
                {
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, "Message too big");
                    continue;
                }

                JsonDocument message;
                try
                {
                    message = ClientJson.Parse(buffer.WrittenMemory);
                }
                catch (JsonException)
                {
                    await OnProtocolViolationAsync("Invalid message received: not JSON");
                    continue;
                }

                using (message)
                {
                    if (message.RootElement.ValueKind != JsonValueKind.Object ||
                        !message.RootElement.TryGetProperty("type", out var type) ||
                        type.ValueKind != JsonValueKind.String)
                    {
                        await OnProtocolViolationAsync("Invalid message received: no type");
                        continue;
                    }

                    await OnMessageAsync(type.GetString()!, message.RootElement);
                }
            }

            if (_socket.State == WebSocketState.CloseReceived)
            {
                await SendLockedAsync(() => _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection dropped, the server is stopping or the close handshake timed out.
        }
        catch (Exception exception)
        {
            // A bug of ours: the client gets the protocol's internal error rather than a dropped connection.
            LogSessionFailed(Context.Logger, exception);
            await CloseAsync(WebSocketCloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            await _session.CancelAsync();
            try
            {
                await Task.WhenAll(_started).WaitAsync(CloseHandshakeGrace);
            }
            catch (TimeoutException)
            {
                LogOperationsOutlivedConnection(Context.Logger);
            }
        }
    }

    /// <summary>The server is shutting down: close with 1001 rather than dropping the connection.</summary>
    public Task StopAsync() => CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "Server is stopping");

    protected virtual void OnOpened()
    {
    }

    protected abstract Task OnMessageAsync(string type, JsonElement message);

    /// <summary>A message the protocol does not allow.</summary>
    protected abstract Task OnProtocolViolationAsync(string reason);

    protected abstract Task SendResultAsync(string id, OperationResult result);

    protected abstract Task SendRequestErrorsAsync(string id, IReadOnlyList<GraphQLError> errors);

    protected abstract Task SendCompleteAsync(string id);

    /// <summary>Makes <paramref name="caller"/> the caller of the operations started from now on, and closes the
    /// connection with 4401 when its token stops being accepted. Operations keep the caller they started with, so
    /// a later caller (the legacy protocol may initialise again) does not lift an earlier token's limit.</summary>
    protected void Authenticate(CallerCredentials caller)
    {
        User = caller.User;
        if (caller.ExpiresAt is { } expiresAt)
        {
            _ = CloseAtExpiryAsync(expiresAt);
        }
    }

    protected bool IsRunning(string id) => _operations.ContainsKey(id);

    protected int RunningCount => _operations.Count;

    /// <summary>Starts executing <paramref name="request"/> as operation <paramref name="id"/>; false when the
    /// id is already running.</summary>
    protected bool StartOperation(string id, GraphQLRequestParameters request)
    {
        var operation = new RunningOperation(CancellationTokenSource.CreateLinkedTokenSource(_session.Token));
        if (!_operations.TryAdd(id, operation))
        {
            operation.Cancellation.Dispose();
            return false;
        }

        _started.Add(Task.Run(() => RunOperationAsync(id, request, operation)));
        return true;
    }

    /// <summary>The client stopped an operation: no more messages for it.</summary>
    protected async Task StopOperationAsync(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            try
            {
                await operation.Cancellation.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                // It ended by itself meanwhile.
            }
        }
    }

    /// <summary>Sends the close frame (once) and gives the client a moment to answer with its own.</summary>
    protected async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        LogClosing(Context.Logger, (int)status, reason);
        try
        {
            await SendLockedAsync(() => _socket.CloseOutputAsync(status, reason, CancellationToken.None));
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Already gone.
        }

        _session.CancelAfter(CloseHandshakeGrace);
    }

    /// <summary>Stops every operation (no final messages) and closes with 4401 once <paramref name="expiresAt"/> passes.</summary>
    private async Task CloseAtExpiryAsync(DateTimeOffset expiresAt)
    {
        try
        {
            await CredentialExpiry.WaitAsync(expiresAt, Context.Time, _session.Token);
        }
        catch (OperationCanceledException)
        {
            return; // The connection ended first.
        }

        await CloseAsync(WebSocketCloseCodes.Unauthorized, "Unauthorized: the token expired");
        foreach (var id in _operations.Keys)
        {
            await StopOperationAsync(id);
        }
    }

    protected Task SendAsync(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return SendLockedAsync(() => _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, _session.Token).AsTask());
    }

    /// <summary>Writes <c>{ "id", "type", "payload" }</c>, the envelope of both protocols.</summary>
    protected static void WriteMessage(Utf8JsonWriter writer, string type, string? id = null, Action<Utf8JsonWriter>? payload = null)
    {
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("type", type);
        if (payload is not null)
        {
            writer.WritePropertyName("payload");
            payload(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a result as the engine shapes it (<c>data</c>, <c>errors</c>, <c>extensions</c>).</summary>
    protected static void WriteResult(Utf8JsonWriter writer, OperationResult result) => ResultJsonWriter.Write(writer, result);

    /// <summary>Writes <c>[error, ...]</c> in the same shape as a result's <c>errors</c> entry.</summary>
    protected static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors) => ResultJsonWriter.WriteErrors(writer, errors);

    private async Task SendLockedAsync(Func<Task> send)
    {
        await _sendLock.WaitAsync(_session.Token);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await send();
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<WebSocketMessageType> ReceiveMessageAsync(ArrayBufferWriter<byte> buffer)
    {
        while (true)
        {
            // Past the limit the rest of the message is still read (to find its end) but not kept.
            var tooBig = buffer.WrittenCount > Context.Options.MaxMessageBytes;
            var memory = tooBig ? new byte[4096] : buffer.GetMemory(4096);
            var received = await _socket.ReceiveAsync(memory, _session.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return WebSocketMessageType.Close;
            }

            if (!tooBig)
            {
                buffer.Advance(received.Count);
            }

            if (received.EndOfMessage)
            {
                return received.MessageType;
            }
        }
    }

    private async Task RunOperationAsync(string id, GraphQLRequestParameters request, RunningOperation operation)
    {
        var token = operation.Cancellation.Token;
        try
        {
            // One DI scope per operation: operations of one socket run concurrently and must not share a DbContext.
            await using var scope = Context.Services.CreateAsyncScope();
            var scoped = GraphQLRequestFactory.Create(scope.ServiceProvider, request, User);
            var executed = await Context.Executor.ExecuteAsync(scoped, token);
            await ResultDelivery.DeliverAsync(executed, new OperationSink(this, id, operation), token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped by the client or the connection ended: nothing more to say.
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            // The socket went away while sending.
        }
        catch (Exception exception)
        {
            LogOperationFailed(Context.Logger, exception, id);
            if (Finish(id, operation))
            {
                await SendRequestErrorsAsync(id, [new GraphQLError("Unexpected error while running the operation.",
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ResolverError })]);
            }
        }
        finally
        {
            Finish(id, operation);
            operation.Cancellation.Dispose();
        }
    }

    /// <summary>Frees the id before the final message goes out, so a client that reuses it on receipt is not
    /// told it is taken; false when the client already stopped the operation.</summary>
    private bool Finish(string id, RunningOperation operation) =>
        _operations.TryRemove(new KeyValuePair<string, RunningOperation>(id, operation)) && !operation.Cancellation.IsCancellationRequested;

    /// <summary>Sends one operation's results as the session's protocol shapes them; the final message (errors or
    /// complete) only while the client has not stopped the operation.</summary>
    private readonly struct OperationSink(GraphQLSocketSession session, string id, RunningOperation operation) : IResultSink
    {
        public Task RejectAsync(OperationResult rejected) =>
            session.Finish(id, operation) ? session.SendRequestErrorsAsync(id, rejected.Errors) : Task.CompletedTask;

        public Task OpenAsync(ExecutionResult executed) => Task.CompletedTask;

        public Task SendAsync(OperationResult result)
        {
            operation.Cancellation.Token.ThrowIfCancellationRequested();
            return session.SendResultAsync(id, result);
        }

        public Task CompleteAsync() =>
            session.Finish(id, operation) ? session.SendCompleteAsync(id) : Task.CompletedTask;
    }

    private sealed class RunningOperation(CancellationTokenSource cancellation)
    {
        public CancellationTokenSource Cancellation { get; } = cancellation;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing GraphQL socket: {Code} {Reason}")]
    private static partial void LogClosing(ILogger logger, int code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operations of a closed GraphQL socket did not stop in time")]
    private static partial void LogOperationsOutlivedConnection(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL socket session failed")]
    private static partial void LogSessionFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL socket operation {OperationId} failed")]
    private static partial void LogOperationFailed(ILogger logger, Exception exception, string operationId);
}
