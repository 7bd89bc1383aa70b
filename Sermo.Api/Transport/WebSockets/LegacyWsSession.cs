using System.Net.WebSockets;
using System.Text.Json;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport.WebSockets;

/// <summary>The legacy subscriptions-transport-ws protocol (sub-protocol <c>graphql-ws</c>) for older clients:
/// connection_init → connection_ack + periodic <c>ka</c> (or connection_error and close), start/stop,
/// data/error/complete, connection_terminate. Mistakes are answered with an <c>error</c> message, as that
/// protocol does, rather than by closing.</summary>
internal sealed class LegacyWsSession(WebSocket socket, SocketSessionContext context, CancellationToken aborted)
    : GraphQLSocketSession(socket, context, aborted)
{
    public const string SubProtocol = "graphql-ws";

    private bool _acknowledged;

    protected override async Task OnMessageAsync(string type, JsonElement message)
    {
        var id = message.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        switch (type)
        {
            case "connection_init":
                await OnConnectionInitAsync(message);
                break;
            case "start":
                await OnStartAsync(id, message);
                break;
            case "stop":
                if (id is not null && IsRunning(id))
                {
                    await StopOperationAsync(id);
                    await SendCompleteAsync(id);
                }

                break;
            case "connection_terminate":
                await CloseAsync(WebSocketCloseStatus.NormalClosure, "Terminated");
                break;
            default:
                await SendAsync(w => WriteMessage(w, "error", id, p => WriteMessageError(p, "Invalid message type " + TransportWsSession.Truncate(type))));
                break;
        }
    }

    protected override Task OnProtocolViolationAsync(string reason) =>
        SendAsync(w => WriteMessage(w, "error", null, p => WriteMessageError(p, reason)));

    protected override Task SendResultAsync(string id, OperationResult result) =>
        SendAsync(w => WriteMessage(w, "data", id, p => WriteResult(p, result)));

    protected override Task SendRequestErrorsAsync(string id, IReadOnlyList<GraphQLError> errors) =>
        SendAsync(w => WriteMessage(w, "error", id, p => WriteErrors(p, errors)));

    protected override Task SendCompleteAsync(string id) => SendAsync(w => WriteMessage(w, "complete", id));

    private async Task OnConnectionInitAsync(JsonElement message)
    {
        var payload = message.TryGetProperty("payload", out var p) ? p : default;
        var (access, caller) = await Context.Authorizer.AuthorizeAsync(payload, SessionAborted);
        if (access != EndpointAccess.Allowed)
        {
            await SendAsync(w => WriteMessage(w, "connection_error", null, e => WriteMessageError(e, "Forbidden")));
            await CloseAsync(WebSocketCloseStatus.PolicyViolation, "Forbidden");
            return;
        }

        Authenticate(caller);
        var first = !_acknowledged;
        _acknowledged = true;
        await SendAsync(w => WriteMessage(w, "connection_ack"));
        if (first)
        {
            await SendAsync(w => WriteMessage(w, "ka"));
            _ = KeepAliveAsync();
        }
    }

    private async Task OnStartAsync(string? id, JsonElement message)
    {
        if (id is null)
        {
            await OnProtocolViolationAsync("start needs an id");
            return;
        }

        if (!_acknowledged)
        {
            await SendRequestErrorsAsync(id, [new GraphQLError("Send connection_init first.",
                extensions: new Dictionary<string, object?> { ["code"] = SubscriptionErrorCodes.NotInitialised })]);
            return;
        }

        var payload = message.TryGetProperty("payload", out var p) ? p : default;
        if (!GraphQLRequestParameters.TryParse(payload, out var request, out var problem))
        {
            await SendRequestErrorsAsync(id, [new GraphQLError("Invalid start message: " + problem,
                extensions: new Dictionary<string, object?> { ["code"] = SubscriptionErrorCodes.BadMessage })]);
            return;
        }

        // A start for a running id replaces that operation, as subscriptions-transport-ws does.
        await StopOperationAsync(id);
        if (RunningCount >= Context.Options.MaxOperationsPerConnection)
        {
            await SendRequestErrorsAsync(id, [TransportWsSession.TooManyOperations(Context.Options.MaxOperationsPerConnection)]);
            return;
        }

        StartOperation(id, request);
    }

    private async Task KeepAliveAsync()
    {
        using var timer = new PeriodicTimer(Context.Options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(SessionAborted) && !IsClosing)
            {
                await SendAsync(w => WriteMessage(w, "ka"));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended.
        }
    }

    private static void WriteMessageError(Utf8JsonWriter writer, string message)
    {
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteEndObject();
    }
}
