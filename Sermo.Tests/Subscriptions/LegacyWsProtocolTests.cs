using Sermo.Api.Auth;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Subscriptions;

/// <summary>The legacy graphql-ws protocol (subscriptions-transport-ws) for older clients, over real sockets.</summary>
public sealed class LegacyWsProtocolTests : IAsyncLifetime
{
    private const string Protocol = "graphql-ws";
    private SermoServer _server = null!;

    public Task InitializeAsync()
    {
        _server = TestEventsContributor.StartServer(new Dictionary<string, string?> { ["Subscriptions:KeepAliveInterval"] = "00:00:00.200" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<RawSocket> InitialisedAsync(string path = "/graphql", object? payload = null)
    {
        var socket = await RawSocket.ConnectAsync(_server.BaseAddress, path, Protocol);
        Assert.Equal(Protocol, socket.SubProtocol);
        await socket.SendJsonAsync(new { type = "connection_init", payload = payload ?? new { } });
        Assert.Equal("connection_ack", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
        Assert.Equal("ka", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
        return socket;
    }

    [Fact]
    public async Task A_query_answers_with_data_then_complete_and_keep_alives_keep_coming()
    {
        await using var socket = await InitialisedAsync();
        await socket.SendJsonAsync(new { id = "1", type = "start", payload = new { query = "{ viewer { schema } }" } });

        var data = await socket.ReceiveJsonAsync("data", "ka");
        Assert.Equal("1", data.GetProperty("id").GetString());
        Assert.Equal("partner", data.GetProperty("payload").GetProperty("data").GetProperty("viewer").GetProperty("schema").GetString());
        Assert.Equal("1", (await socket.ReceiveJsonAsync("complete", "ka")).GetProperty("id").GetString());
        await socket.ReceiveJsonAsync("ka");
    }

    [Fact]
    public async Task A_subscription_delivers_events_and_stop_ends_it_with_complete()
    {
        await using var socket = await InitialisedAsync();
        using var http = _server.CreateClient();
        await socket.SendJsonAsync(new { id = "sub", type = "start", payload = new { query = "subscription { testEvents(topic: \"legacy\") { value } }" } });

        var first = socket.ReceiveJsonAsync("data", "ka");
        await TestEventPublisher.PublishUntilAsync(http, "legacy", first);
        Assert.True((await first).GetProperty("payload").GetProperty("data").GetProperty("testEvents").GetProperty("value").GetInt32() > 0);

        await socket.SendJsonAsync(new { id = "sub", type = "stop" });
        Assert.Equal("sub", (await socket.ReceiveJsonAsync("complete", "ka", "data")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_token_in_the_init_payload_is_the_caller()
    {
        await using var socket = await InitialisedAsync(payload: new { authorization = "Bearer " + _server.IssueToken("old-client") });
        await socket.SendJsonAsync(new { id = "me", type = "start", payload = new { query = "{ viewer { subject } }" } });
        var data = await socket.ReceiveJsonAsync("data", "ka");
        Assert.Equal("old-client", data.GetProperty("payload").GetProperty("data").GetProperty("viewer").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task A_refused_connection_gets_connection_error_then_close()
    {
        await using var socket = await RawSocket.ConnectAsync(_server.BaseAddress, "/pharma/graphql", Protocol);
        await socket.SendJsonAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + _server.IssueToken("doc") } });
        var error = await socket.ReceiveJsonAsync();
        Assert.Equal("connection_error", error.GetProperty("type").GetString());
        Assert.Equal("Forbidden", error.GetProperty("payload").GetProperty("message").GetString());
        Assert.Equal(1008, (await socket.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Mistakes_are_answered_with_error_messages_and_the_connection_stays_open()
    {
        await using var socket = await RawSocket.ConnectAsync(_server.BaseAddress, "/graphql", Protocol);
        await socket.SendJsonAsync(new { id = "early", type = "start", payload = new { query = "{ __typename }" } });
        var early = await socket.ReceiveJsonAsync();
        Assert.Equal("error", early.GetProperty("type").GetString());
        Assert.Equal("CONNECTION_NOT_INITIALISED", early.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        await socket.SendJsonAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());

        await socket.SendJsonAsync(new { id = "x", type = "subscribe" });
        Assert.Equal("Invalid message type subscribe", (await socket.ReceiveJsonAsync("error", "ka")).GetProperty("payload").GetProperty("message").GetString());

        await socket.SendJsonAsync(new { id = "v", type = "start", payload = new { query = "{ nope }" } });
        var invalid = await socket.ReceiveJsonAsync("error", "ka");
        Assert.Equal("v", invalid.GetProperty("id").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", invalid.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        await socket.SendJsonAsync(new { type = "connection_terminate" });
        Assert.Equal(1000, (await socket.ReceiveCloseAsync()).Code);
    }
}
