using System.Net.WebSockets;
using System.Text.Json;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.WebSockets;

/// <summary>The graphql-transport-ws protocol (the <c>graphql-ws</c> npm library's): connection_init within
/// the timeout (4408), at most once (4429), authorised from its payload (4403); subscribe only after the ack
/// (4401) with a fresh id (4409); anything malformed closes with 4400.</summary>
internal sealed class TransportWsSession(WebSocket socket, SocketSessionContext context, CancellationToken aborted)
    : GraphQLSocketSession(socket, context, aborted)
{
    public const string SubProtocol = "graphql-transport-ws";

    private bool _initReceived;
    private bool _acknowledged;

    protected override void OnOpened() => _ = CloseUnlessInitialisedAsync();

    protected override async Task OnMessageAsync(string type, JsonElement message)
    {
        switch (type)
        {
            case "connection_init":
                await OnConnectionInitAsync(message);
                break;
            case "ping":
                if (HasValidPayload(message))
                {
                    await SendAsync(w => WriteMessage(w, "pong"));
                }
                else
                {
                    await OnProtocolViolationAsync("Invalid message received: ping payload must be an object");
                }

                break;
            case "pong":
                if (!HasValidPayload(message))
                {
                    await OnProtocolViolationAsync("Invalid message received: pong payload must be an object");
                }

                break;
            case "subscribe":
                await OnSubscribeAsync(message);
                break;
            case "complete":
                if (TryGetId(message) is { } id)
                {
                    await StopOperationAsync(id);
                }
                else
                {
                    await OnProtocolViolationAsync("Invalid message received: complete needs an id");
                }

                break;
            default:
                await OnProtocolViolationAsync($"Unexpected message of type {Truncate(type)} received");
                break;
        }
    }

    protected override Task OnProtocolViolationAsync(string reason) => CloseAsync(WebSocketCloseCodes.BadRequest, reason);

    protected override Task SendResultAsync(string id, OperationResult result) => SendAsync(w =>
    {
        WriteMessage(w, "next", id, payload => WriteResult(payload, result));
    });

    protected override Task SendRequestErrorsAsync(string id, IReadOnlyList<GraphQLError> errors) => SendAsync(w =>
    {
        WriteMessage(w, "error", id, payload => WriteErrors(payload, errors));
    });

    protected override Task SendCompleteAsync(string id) => SendAsync(w => WriteMessage(w, "complete", id));

    private async Task OnConnectionInitAsync(JsonElement message)
    {
        if (_initReceived)
        {
            await CloseAsync(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        if (!HasValidPayload(message))
        {
            await OnProtocolViolationAsync("Invalid message received: connection_init payload must be an object");
            return;
        }

        var payload = message.TryGetProperty("payload", out var p) ? p : default;
        var (access, caller) = await Context.Authorizer.AuthorizeAsync(payload, SessionAborted);
        switch (access)
        {
            case EndpointAccess.NotAuthenticated:
                await CloseAsync(WebSocketCloseCodes.Unauthorized, "Unauthorized");
                return;
            case EndpointAccess.NotAuthorized:
                await CloseAsync(WebSocketCloseCodes.Forbidden, "Forbidden");
                return;
        }

        Authenticate(caller);
        _acknowledged = true;
        await SendAsync(w => WriteMessage(w, "connection_ack"));
    }

    private async Task OnSubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(WebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (TryGetId(message) is not { } id)
        {
            await OnProtocolViolationAsync("Invalid message received: subscribe needs an id");
            return;
        }

        if (!message.TryGetProperty("payload", out var payload))
        {
            await OnProtocolViolationAsync("Invalid message received: subscribe needs a payload");
            return;
        }

        if (!GraphQLRequestParameters.TryParse(payload, out var request, out var problem))
        {
            await OnProtocolViolationAsync("Invalid message received: " + problem);
            return;
        }

        if (IsRunning(id))
        {
            await CloseAsync(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {Truncate(id)} already exists");
            return;
        }

        if (RunningCount >= Context.Options.MaxOperationsPerConnection)
        {
            await SendRequestErrorsAsync(id, [TooManyOperations(Context.Options.MaxOperationsPerConnection)]);
            return;
        }

        StartOperation(id, request);
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(Context.Options.ConnectionInitTimeout, SessionAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!Volatile.Read(ref _initReceived))
        {
            await CloseAsync(WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    internal static GraphQLError TooManyOperations(int limit) => new(
        $"This connection already runs {limit} operations; complete one first.",
        extensions: new Dictionary<string, object?> { ["code"] = SubscriptionErrorCodes.TooManyOperations });

    /// <summary>A close reason is at most 123 UTF-8 bytes; echoed client text is cut well below that.</summary>
    internal static string Truncate(string text)
    {
        const int MaxBytes = 60;
        if (System.Text.Encoding.UTF8.GetByteCount(text) <= MaxBytes)
        {
            return text;
        }

        var length = 0;
        var bytes = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > MaxBytes)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            length += rune.Utf16SequenceLength;
        }

        return text[..length] + "...";
    }

    private static string? TryGetId(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : null;

    private static bool HasValidPayload(JsonElement message) =>
        !message.TryGetProperty("payload", out var payload) || payload.ValueKind is JsonValueKind.Object or JsonValueKind.Null;
}
