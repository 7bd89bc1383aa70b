using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Sermo.Api.Auth;
using Sermo.Api.Events;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Subscriptions;

/// <summary>A subscription lives no longer than the bearer token that authenticated it: sockets close with 4401 and
/// event streams end when the token stops being accepted, whichever way the token came. The server tolerates no
/// clock skew here, so "stops being accepted" is the token's <c>exp</c>.</summary>
public sealed class TokenExpiryTests : IAsyncLifetime
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    /// <summary>How long after <c>exp</c> the close may come (timers and a loaded machine).</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(5);

    private SermoServer _server = null!;

    public Task InitializeAsync()
    {
        _server = TestEventsContributor.StartServer(new Dictionary<string, string?> { ["Auth:ClockSkew"] = "00:00:00" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private (string Token, DateTime ExpiresAt) ShortLivedToken(string subject)
    {
        var token = _server.Services.GetRequiredService<BearerTokenIssuer>().Issue(subject, [], Lifetime);
        return (token, new JsonWebToken(token).ValidTo);
    }

    [Theory]
    [InlineData("graphql-transport-ws", "subscribe")]
    [InlineData("graphql-ws", "start")]
    public async Task A_socket_authenticated_by_its_connection_init_token_closes_with_4401_when_the_token_expires(string protocol, string start)
    {
        var (token, expiresAt) = ShortLivedToken("short-lived-init");
        await using var socket = await RawSocket.ConnectAsync(_server.BaseAddress, "/graphql", protocol);
        await socket.SendJsonAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        await socket.ReceiveJsonAsync("connection_ack");
        await socket.SendJsonAsync(new { id = "live", type = start, payload = new { query = "subscription { testEvents(topic: \"expiry-init\") { value } }" } });

        await AssertClosedWith4401AtExpiryAsync(socket, expiresAt);
    }

    [Fact]
    public async Task A_socket_authenticated_by_its_upgrade_header_closes_with_4401_when_the_token_expires()
    {
        var (token, expiresAt) = ShortLivedToken("short-lived-header");
        await using var socket = await RawSocket.ConnectAsync(_server.BaseAddress, "/graphql", "graphql-transport-ws", token);
        await socket.SendJsonAsync(new { type = "connection_init" });
        await socket.ReceiveJsonAsync("connection_ack");
        await socket.SendJsonAsync(new { id = "me", type = "subscribe", payload = new { query = "{ viewer { subject } }" } });
        Assert.Equal("short-lived-header", (await socket.ReceiveJsonAsync("next")).GetProperty("payload").GetProperty("data").GetProperty("viewer").GetProperty("subject").GetString());
        await socket.SendJsonAsync(new { id = "live", type = "subscribe", payload = new { query = "subscription { testEvents(topic: \"expiry-header\") { value } }" } });

        await AssertClosedWith4401AtExpiryAsync(socket, expiresAt);
    }

    [Fact]
    public async Task An_event_stream_authenticated_by_its_token_ends_with_an_authentication_error_when_the_token_expires()
    {
        var (token, expiresAt) = ShortLivedToken("short-lived-sse");
        using var http = _server.CreateClient();
        using var response = await http.SendAsync(
            SseTests.EventStreamRequest("subscription { testEvents(topic: \"expiry-sse\") { value } }", token: token),
            HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var events = new SseReader(await response.Content.ReadAsStreamAsync());

        var last = await events.ReadAsync();

        AssertClosedAtExpiry(expiresAt);
        Assert.Equal("next", last.Event);
        var error = JsonDocument.Parse(last.Data).RootElement.GetProperty("errors")[0];
        Assert.Equal(AuthErrorCodes.NotAuthenticated, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", (await events.ReadAsync()).Event);
        Assert.Null(await events.ReadOrEndAsync());
    }

    [Theory]
    [InlineData("graphql-transport-ws", "subscribe")]
    [InlineData("graphql-ws", "start")]
    public async Task An_operation_sent_after_the_4401_close_does_not_run(string protocol, string start)
    {
        var topic = "after-expiry-" + protocol;
        await using var published = await _server.Services.GetRequiredService<IEventBus>()
            .SubscribeAsync<TestEvent>(EventTopic.For(TestEventsContributor.Kind, topic));
        var (token, _) = ShortLivedToken("short-lived-late-" + protocol);
        await using var socket = await RawSocket.ConnectAsync(_server.BaseAddress, "/graphql", protocol);
        await socket.SendJsonAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        await socket.ReceiveJsonAsync("connection_ack");

        Assert.Equal(4401, await socket.ReceiveCloseWithoutAnswerAsync().WaitAsync(Lifetime + Tolerance + Tolerance));
        await socket.SendJsonAsync(new { id = "late", type = start, payload = new { query = $"mutation {{ publishTestEvent(topic: \"{topic}\", value: 1) }}" } });

        // The server's close handshake lasts a few seconds; a mutation it ran would have published by then.
        using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var events = published.GetAsyncEnumerator(quiet.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await events.MoveNextAsync());
    }

    [Fact]
    public async Task A_socket_without_a_token_is_not_closed_by_any_expiry()
    {
        await using var socket = await RawSocket.ConnectAsync(_server.BaseAddress, "/graphql", "graphql-transport-ws");
        await socket.SendJsonAsync(new { type = "connection_init" });
        await socket.ReceiveJsonAsync("connection_ack");
        await Task.Delay(Lifetime + TimeSpan.FromSeconds(1));

        await socket.SendJsonAsync(new { id = "q", type = "subscribe", payload = new { query = "{ __typename }" } });
        Assert.Equal("next", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
    }

    private static async Task AssertClosedWith4401AtExpiryAsync(RawSocket socket, DateTime expiresAt)
    {
        // Bounded as a whole: keep-alives of the legacy protocol would otherwise keep the read going.
        var (code, _) = await socket.ReceiveCloseAsync().WaitAsync(Lifetime + Tolerance + Tolerance);
        Assert.Equal(4401, code);
        AssertClosedAtExpiry(expiresAt);
    }

    private static void AssertClosedAtExpiry(DateTime expiresAt)
    {
        var now = DateTime.UtcNow;
        Assert.True(now >= expiresAt, $"Ended at {now:O}, before the token expired at {expiresAt:O}.");
        Assert.True(now <= expiresAt + Tolerance, $"Ended at {now:O}, long after the token expired at {expiresAt:O}.");
    }
}
