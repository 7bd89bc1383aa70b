using System.Net.WebSockets;
using System.Text.Json;
using Sermo.Api.Auth;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Subscriptions;

/// <summary>graphql-transport-ws against the real server over real sockets: every message type and every
/// close code of the protocol, one test per rule.</summary>
public sealed class TransportWsProtocolTests(TestEventsServerFixture fixture) : IClassFixture<TestEventsServerFixture>
{
    private const string Protocol = "graphql-transport-ws";
    private readonly SermoServer _server = fixture.Server;

    private async Task<RawSocket> ConnectAsync(string path = "/graphql", string? protocol = Protocol) =>
        await RawSocket.ConnectAsync(_server.BaseAddress, path, protocol);

    private async Task<RawSocket> InitialisedAsync(string path = "/graphql", object? payload = null)
    {
        var socket = await ConnectAsync(path);
        await socket.SendJsonAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        Assert.Equal("connection_ack", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
        return socket;
    }

    [Fact]
    public async Task The_server_speaks_graphql_transport_ws_and_answers_a_query_with_next_then_complete()
    {
        await using var socket = await InitialisedAsync();
        Assert.Equal(Protocol, socket.SubProtocol);

        await socket.SendJsonAsync(new { id = "q1", type = "subscribe", payload = new { query = "{ viewer { authenticated schema } }" } });

        var next = await socket.ReceiveJsonAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("q1", next.GetProperty("id").GetString());
        var viewer = next.GetProperty("payload").GetProperty("data").GetProperty("viewer");
        Assert.False(viewer.GetProperty("authenticated").GetBoolean());
        Assert.Equal("partner", viewer.GetProperty("schema").GetString());
        var complete = await socket.ReceiveJsonAsync();
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("q1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Ping_gets_pong_before_and_after_initialisation_and_pong_needs_no_answer()
    {
        await using var socket = await ConnectAsync();
        await socket.SendJsonAsync(new { type = "ping", payload = new { at = 1 } });
        Assert.Equal("pong", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());

        await socket.SendJsonAsync(new { type = "pong" });
        await socket.SendJsonAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
        await socket.SendJsonAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_bearer_token_of_the_connection_init_payload_is_the_caller_of_every_operation()
    {
        var token = _server.IssueToken("physician-7");
        await using var socket = await InitialisedAsync(payload: new Dictionary<string, string> { ["Authorization"] = "Bearer " + token });

        await socket.SendJsonAsync(new { id = "me", type = "subscribe", payload = new { query = "{ viewer { authenticated subject } }" } });

        var viewer = (await socket.ReceiveJsonAsync("next")).GetProperty("payload").GetProperty("data").GetProperty("viewer");
        Assert.True(viewer.GetProperty("authenticated").GetBoolean());
        Assert.Equal("physician-7", viewer.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task A_subscription_streams_published_events_until_the_client_completes_it_and_the_id_is_free_again()
    {
        await using var socket = await InitialisedAsync();
        using var http = _server.CreateClient();
        await socket.SendJsonAsync(new { id = "s1", type = "subscribe", payload = new { query = "subscription { testEvents(topic: \"ws-a\") { topic value } }" } });

        var first = socket.ReceiveJsonAsync();
        var published = await TestEventPublisher.PublishUntilAsync(http, "ws-a", first);
        var message = await first;
        Assert.Equal("next", message.GetProperty("type").GetString());
        Assert.Equal("s1", message.GetProperty("id").GetString());
        var firstValue = message.GetProperty("payload").GetProperty("data").GetProperty("testEvents").GetProperty("value").GetInt32();

        // Once listening, nothing published is lost and order is kept.
        await TestEventPublisher.PublishAsync(http, "ws-a", published + 1);
        await TestEventPublisher.PublishAsync(http, "ws-a", published + 2);
        var values = new List<int> { firstValue };
        while (values[^1] != published + 2)
        {
            values.Add((await socket.ReceiveJsonAsync("next")).GetProperty("payload").GetProperty("data").GetProperty("testEvents").GetProperty("value").GetInt32());
        }

        Assert.Equal(Enumerable.Range(firstValue, values.Count), values);

        await socket.SendJsonAsync(new { id = "s1", type = "complete" });
        await socket.SendJsonAsync(new { id = "s1", type = "subscribe", payload = new { query = "{ __typename }" } });
        var reused = await socket.ReceiveJsonAsync("complete", "next");
        Assert.Equal("s1", reused.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_document_that_does_not_validate_gets_an_error_message_with_the_graphql_errors()
    {
        await using var socket = await InitialisedAsync();
        await socket.SendJsonAsync(new { id = "bad", type = "subscribe", payload = new { query = "subscription { noSuchField }" } });

        var error = await socket.ReceiveJsonAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        var errors = error.GetProperty("payload");
        Assert.Equal(JsonValueKind.Array, errors.ValueKind);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", errors[0].GetProperty("extensions").GetProperty("code").GetString());

        // The connection stays usable and the id is free.
        await socket.SendJsonAsync(new { id = "bad", type = "subscribe", payload = new { query = "{ __typename }" } });
        Assert.Equal("next", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscribing_before_the_connection_is_acknowledged_closes_with_4401()
    {
        await using var socket = await ConnectAsync();
        await socket.SendJsonAsync(new { id = "early", type = "subscribe", payload = new { query = "{ __typename }" } });
        Assert.Equal((4401, "Unauthorized"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var socket = await InitialisedAsync();
        await socket.SendJsonAsync(new { type = "connection_init" });
        Assert.Equal((4429, "Too many initialisation requests"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_subscribe_with_an_id_already_running_closes_with_4409()
    {
        await using var socket = await InitialisedAsync();
        var subscribe = new { id = "twice", type = "subscribe", payload = new { query = "subscription { testEvents(topic: \"dup\") { value } }" } };
        await socket.SendJsonAsync(subscribe);
        await socket.SendJsonAsync(subscribe);
        Assert.Equal((4409, "Subscriber for twice already exists"), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("not json at all", "Invalid message received: not JSON")]
    [InlineData("{\"type\": \"\\ud800\"}", "Invalid message received: not JSON")]
    [InlineData("{\"type\": \"connection_init\", \"payload\": {\"token\": \"\\udfff\"}}", "Invalid message received: not JSON")]
    [InlineData("[1, 2]", "Invalid message received: no type")]
    [InlineData("{\"type\": 42}", "Invalid message received: no type")]
    [InlineData("{\"type\": \"start\"}", "Unexpected message of type start received")]
    [InlineData("{\"type\": \"next\", \"id\": \"x\"}", "Unexpected message of type next received")]
    [InlineData("{\"type\": \"ping\", \"payload\": [1]}", "Invalid message received: ping payload must be an object")]
    public async Task A_malformed_message_closes_with_4400(string message, string reason)
    {
        await using var socket = await ConnectAsync();
        await socket.SendAsync(message);
        Assert.Equal((4400, reason), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("{\"type\": \"subscribe\", \"payload\": {\"query\": \"{ __typename }\"}}", "Invalid message received: subscribe needs an id")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"\", \"payload\": {\"query\": \"{ __typename }\"}}", "Invalid message received: subscribe needs an id")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\"}", "Invalid message received: subscribe needs a payload")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\", \"payload\": {\"query\": 5}}", "Invalid message received: The 'query' parameter must be a string.")]
    [InlineData("{\"type\": \"complete\"}", "Invalid message received: complete needs an id")]
    public async Task A_malformed_subscribe_or_complete_closes_with_4400(string message, string reason)
    {
        await using var socket = await InitialisedAsync();
        await socket.SendAsync(message);
        Assert.Equal((4400, reason), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_binary_message_closes_with_4400()
    {
        await using var socket = await ConnectAsync();
        await socket.SendAsync([1, 2, 3], WebSocketMessageType.Binary);
        Assert.Equal((4400, "Binary messages are not supported"), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("graphql-sse")]
    public async Task A_socket_without_a_supported_subprotocol_closes_with_4406(string? protocol)
    {
        await using var socket = await ConnectAsync(protocol: protocol);
        Assert.Equal((4406, "Subprotocol not acceptable"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_invalid_token_in_connection_init_closes_with_4401()
    {
        await using var socket = await ConnectAsync();
        await socket.SendJsonAsync(new { type = "connection_init", payload = new { authorization = "Bearer not-a-token" } });
        Assert.Equal(4401, (await socket.ReceiveCloseAsync()).Code);
    }

    [Theory]
    [InlineData("graphql-transport-ws", "Bearer not-a-token")]
    [InlineData("graphql-ws", "Bearer not-a-token")]
    [InlineData("graphql-transport-ws", "Basic dXNlcjpwYXNz")]
    [InlineData("graphql-transport-ws", "Bearer ")]
    public async Task An_authorization_header_that_does_not_check_out_refuses_the_upgrade_with_401(string protocol, string authorization)
    {
        Assert.Equal(401, await RawSocket.RefusedUpgradeStatusAsync(_server.BaseAddress, "/graphql", protocol, authorization));
    }

    [Fact]
    public async Task A_valid_authorization_header_on_the_upgrade_is_the_caller_when_connection_init_carries_no_token()
    {
        await using var socket = await RawSocket.ConnectAsync(_server.BaseAddress, "/graphql", Protocol, _server.IssueToken("header-caller"));
        await socket.SendJsonAsync(new { type = "connection_init" });
        await socket.ReceiveJsonAsync("connection_ack");

        await socket.SendJsonAsync(new { id = "me", type = "subscribe", payload = new { query = "{ viewer { authenticated subject } }" } });

        var viewer = (await socket.ReceiveJsonAsync("next")).GetProperty("payload").GetProperty("data").GetProperty("viewer");
        Assert.True(viewer.GetProperty("authenticated").GetBoolean());
        Assert.Equal("header-caller", viewer.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task The_pharma_graph_closes_with_4401_without_a_token_and_4403_for_a_caller_without_the_pharma_role()
    {
        await using (var anonymous = await ConnectAsync("/pharma/graphql"))
        {
            await anonymous.SendJsonAsync(new { type = "connection_init" });
            Assert.Equal(4401, (await anonymous.ReceiveCloseAsync()).Code);
        }

        await using (var physician = await ConnectAsync("/pharma/graphql"))
        {
            await physician.SendJsonAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + _server.IssueToken("doc") } });
            Assert.Equal((4403, "Forbidden"), await physician.ReceiveCloseAsync());
        }

        await using var pharma = await InitialisedAsync("/pharma/graphql", new { Authorization = "Bearer " + _server.IssueToken("bi-tool", SermoRoles.Pharma) });
        await pharma.SendJsonAsync(new { id = "1", type = "subscribe", payload = new { query = "{ viewer { schema } }" } });
        Assert.Equal("pharma", (await pharma.ReceiveJsonAsync()).GetProperty("payload").GetProperty("data").GetProperty("viewer").GetProperty("schema").GetString());
    }

    [Fact]
    public async Task A_client_that_never_sends_connection_init_is_closed_with_4408()
    {
        await using var server = TestEventsContributor.StartServer(new Dictionary<string, string?> { ["Subscriptions:ConnectionInitTimeout"] = "00:00:00.300" });
        await using var socket = await RawSocket.ConnectAsync(server.BaseAddress, "/graphql", Protocol);
        Assert.Equal((4408, "Connection initialisation timeout"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009_and_operations_over_the_limit_get_an_error()
    {
        await using var server = TestEventsContributor.StartServer(new Dictionary<string, string?>
        {
            ["Subscriptions:MaxMessageBytes"] = "1024",
            ["Subscriptions:MaxOperationsPerConnection"] = "1",
        });
        await using (var socket = await RawSocket.ConnectAsync(server.BaseAddress, "/graphql", Protocol))
        {
            await socket.SendJsonAsync(new { type = "connection_init" });
            await socket.ReceiveJsonAsync("connection_ack");
            await socket.SendJsonAsync(new { id = "1", type = "subscribe", payload = new { query = "subscription { testEvents(topic: \"limit\") { value } }" } });
            await socket.SendJsonAsync(new { id = "2", type = "subscribe", payload = new { query = "subscription { testEvents(topic: \"limit\") { value } }" } });
            var refused = await socket.ReceiveJsonAsync("error");
            Assert.Equal("2", refused.GetProperty("id").GetString());
            Assert.Equal("TOO_MANY_OPERATIONS", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        await using var big = await RawSocket.ConnectAsync(server.BaseAddress, "/graphql", Protocol);
        await big.SendJsonAsync(new { type = "connection_init", payload = new { padding = new string('x', 2000) } });
        Assert.Equal((1009, "Message too big"), await big.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Stopping_the_server_closes_open_sockets_with_1001()
    {
        var server = TestEventsContributor.StartServer();
        await using var socket = await RawSocket.ConnectAsync(server.BaseAddress, "/graphql", Protocol);
        await socket.SendJsonAsync(new { type = "connection_init" });
        await socket.ReceiveJsonAsync("connection_ack");
        await socket.SendJsonAsync(new { id = "live", type = "subscribe", payload = new { query = "subscription { testEvents(topic: \"stopping\") { value } }" } });

        var closed = socket.ReceiveCloseAsync();
        await server.DisposeAsync().AsTask().WaitAsync(RawSocket.Timeout);
        Assert.Equal((1001, "Server is stopping"), await closed);
    }
}
