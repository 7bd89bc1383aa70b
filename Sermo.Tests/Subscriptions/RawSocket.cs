using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Sermo.Tests.Subscriptions;

/// <summary>A bare WebSocket for protocol tests: sends exactly the text it is given and reads messages and
/// the close frame one by one, each read bounded so a silent server fails the test instead of hanging it.</summary>
internal sealed class RawSocket : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket;

    private RawSocket(ClientWebSocket socket) => _socket = socket;

    public string? SubProtocol => _socket.SubProtocol;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public static async Task<RawSocket> ConnectAsync(Uri httpAddress, string path, string? subProtocol, string? bearerToken = null)
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        if (bearerToken is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + bearerToken);
        }

        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(WebSocketAddress(httpAddress, path), timeout.Token);
        return new RawSocket(socket);
    }

    /// <summary>Attempts an upgrade the server is expected to refuse and returns the HTTP status it answered with.</summary>
    public static async Task<int> RefusedUpgradeStatusAsync(Uri httpAddress, string path, string subProtocol, string authorization)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(subProtocol);
        socket.Options.SetRequestHeader("Authorization", authorization);
        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(Timeout);
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(WebSocketAddress(httpAddress, path), timeout.Token));
        return (int)socket.HttpStatusCode;
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public Task SendJsonAsync(object message) => SendAsync(JsonSerializer.Serialize(message));

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(bytes, type, true, timeout.Token);
    }

    /// <summary>The next message as JSON; fails if the server closes instead.</summary>
    public async Task<JsonElement> ReceiveJsonAsync()
    {
        var text = await ReceiveTextAsync();
        Assert.True(text is not null, $"Expected a message but the socket closed with {CloseStatus} '{CloseDescription}'.");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The next message of the given type, skipping keep-alives the server may interleave.</summary>
    public async Task<JsonElement> ReceiveJsonAsync(string type, params string[] skip)
    {
        while (true)
        {
            var message = await ReceiveJsonAsync();
            var actual = message.GetProperty("type").GetString();
            if (actual == type)
            {
                return message;
            }

            Assert.True(skip.Contains(actual), $"Expected a '{type}' message, got {message}.");
        }
    }

    /// <summary>Reads until the server's close frame (messages before it are discarded) and returns its code.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        while (await ReceiveTextAsync() is not null)
        {
        }

        return ((int)_socket.CloseStatus!.Value, _socket.CloseStatusDescription);
    }

    /// <summary>Reads until the server's close frame and does not answer it, so the socket may still send (as a
    /// client ignoring the close handshake would); returns the close code.</summary>
    public async Task<int> ReceiveCloseWithoutAnswerAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        while ((await _socket.ReceiveAsync(buffer, timeout.Token)).MessageType != WebSocketMessageType.Close)
        {
        }

        return (int)_socket.CloseStatus!.Value;
    }

    /// <summary>A message's text, or null once the server has closed (the close is acknowledged).</summary>
    public async Task<string?> ReceiveTextAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                }

                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    private static Uri WebSocketAddress(Uri httpAddress, string path) =>
        new UriBuilder(new Uri(httpAddress, path)) { Scheme = httpAddress.Scheme == "https" ? "wss" : "ws" }.Uri;

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server went first.
            }
        }

        _socket.Dispose();
    }
}
