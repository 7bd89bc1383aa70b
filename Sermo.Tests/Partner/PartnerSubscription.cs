using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Subscriptions;

namespace Sermo.Tests.Partner;

/// <summary>One subscription to the partner graph as a client opens it over any of the three transports
/// (<see cref="TransportWs"/>, <see cref="LegacyWs"/>, <see cref="Sse"/>), authenticated as that transport does it (the socket's <c>connection_init</c> payload,
/// the SSE request's header). <see cref="NextAsync"/> gives each result as <c>{ data, errors }</c>, whichever way the
/// transport wraps it.</summary>
public sealed class PartnerSubscription : IAsyncDisposable
{
    public const string TransportWs = "graphql-transport-ws";
    public const string LegacyWs = "graphql-ws";
    public const string Sse = "sse";

    private readonly RawSocket? _socket;
    private readonly HttpClient? _http;
    private readonly HttpResponseMessage? _response;
    private readonly SseReader? _events;

    private PartnerSubscription(RawSocket socket) => _socket = socket;

    private PartnerSubscription(HttpClient http, HttpResponseMessage response, SseReader events)
    {
        _http = http;
        _response = response;
        _events = events;
    }

    public static async Task<PartnerSubscription> OpenAsync(SermoServer server, string transport, string? token, string query, object? variables = null, string path = "/graphql")
    {
        if (transport == Sse)
        {
            var http = server.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { query, variables }) };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            if (token is not null)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            return new PartnerSubscription(http, response, new SseReader(await response.Content.ReadAsStreamAsync()));
        }

        var socket = await RawSocket.ConnectAsync(server.BaseAddress, path, transport);
        await socket.SendJsonAsync(new { type = "connection_init", payload = token is null ? new Dictionary<string, string>() : new() { ["Authorization"] = "Bearer " + token } });
        await socket.ReceiveJsonAsync("connection_ack");
        await socket.SendJsonAsync(new { id = "1", type = transport == LegacyWs ? "start" : "subscribe", payload = new { query, variables } });
        return new PartnerSubscription(socket);
    }

    /// <summary>What <see cref="NextAsync"/> returns when the server ended the subscription (a socket's <c>complete</c>).</summary>
    public static readonly JsonElement Completed = JsonDocument.Parse("""{ "completed": true }""").RootElement.Clone();

    /// <summary>The next result: an event's <c>{ data, errors }</c>, <c>{ errors }</c> when the subscription was refused, or
    /// <see cref="Completed"/> when the server ended it.</summary>
    public async Task<JsonElement> NextAsync()
    {
        if (_events is not null)
            return JsonDocument.Parse((await _events.ReadAsync()).Data).RootElement.Clone();
        while (true)
        {
            var message = await _socket!.ReceiveJsonAsync();
            switch (message.GetProperty("type").GetString())
            {
                case "next" or "data":
                    return message.GetProperty("payload");
                case "error" when message.GetProperty("payload").ValueKind == JsonValueKind.Array:
                    return JsonDocument.Parse(JsonSerializer.Serialize(new { errors = message.GetProperty("payload") })).RootElement.Clone();
                case "error":
                    return JsonDocument.Parse(JsonSerializer.Serialize(new { errors = new[] { message.GetProperty("payload") } })).RootElement.Clone();
                case "ping" or "pong" or "ka":
                    continue;
                case "complete":
                    return Completed;
                default:
                    throw new Xunit.Sdk.XunitException($"Unexpected message {message}.");
            }
        }
    }

    /// <summary>Acts (a mutation that publishes) until the first event arrives: the server subscribes its topic while it
    /// handles the subscribe message and says nothing when it has, so the first acts may come too early.</summary>
    public async Task<JsonElement> NextAfterAsync(Func<Task> act) => (await NextAfterAsync(act, this))[0];

    /// <summary>Acts until each of <paramref name="subscriptions"/> has received an event (not necessarily of the same
    /// act), and returns each one's first.</summary>
    public static async Task<JsonElement[]> NextAfterAsync(Func<Task> act, params PartnerSubscription[] subscriptions)
    {
        var next = Task.WhenAll(subscriptions.Select(subscription => subscription.NextAsync()));
        for (var attempt = 0; attempt < 20 && !next.IsCompleted; attempt++)
        {
            await act();
            await Task.WhenAny(next, Task.Delay(TimeSpan.FromMilliseconds(250)));
        }
        return await next;
    }

    /// <summary>Results until one matches, skipping the others (events of earlier acts).</summary>
    public async Task<JsonElement> NextWhereAsync(Func<JsonElement, bool> match)
    {
        while (true)
        {
            var next = await NextAsync();
            if (match(next))
                return next;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket is not null)
            await _socket.DisposeAsync();
        if (_events is not null)
            await _events.DisposeAsync();
        _response?.Dispose();
        _http?.Dispose();
    }
}
