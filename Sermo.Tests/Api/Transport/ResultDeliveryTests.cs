using Sermo.Api.Transport;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Api.Transport;

/// <summary>The one place every transport (HTTP, SSE, both WebSocket protocols) writes results through: each result
/// is readable while its sink writes it and disposed right after, whatever happens while writing.</summary>
public class ResultDeliveryTests
{
    private static readonly RequestExecutor Executor = new(Schema("type Query { name(of: String!): String }", options =>
        options.Resolvers["Query.name"] = context => Value($"Dr {context.Arguments["of"]}")));

    private static async Task<OperationResult> RunAsync(string query) =>
        Assert.IsType<OperationResult>(await Executor.ExecuteAsync(new GraphQLRequest { Query = query }));

    [Fact]
    public async Task A_result_is_written_while_readable_and_disposed_right_after()
    {
        var result = await RunAsync("{ name(of: \"Okafor\") }");
        var sink = new RecordingSink();

        await ResultDelivery.DeliverAsync(result, sink, CancellationToken.None);

        Assert.Equal(["open", "send {\"data\":{\"name\":\"Dr Okafor\"}}", "complete"], sink.Calls);
        Assert.Throws<ObjectDisposedException>(() => result.Data);
    }

    [Fact]
    public async Task A_result_is_disposed_when_its_sink_fails()
    {
        var result = await RunAsync("{ name(of: \"Okafor\") }");
        var sink = new RecordingSink { FailOnSend = true };

        await Assert.ThrowsAsync<IOException>(() => ResultDelivery.DeliverAsync(result, sink, CancellationToken.None));

        Assert.Throws<ObjectDisposedException>(() => result.Data);
    }

    [Fact]
    public async Task A_request_error_goes_to_the_sink_as_a_rejection_only()
    {
        var result = await RunAsync("{ nope }");
        var sink = new RecordingSink();

        await ResultDelivery.DeliverAsync(result, sink, CancellationToken.None);

        Assert.Equal("reject", Assert.Single(sink.Calls));
    }

    [Fact]
    public async Task Each_event_of_a_stream_is_disposed_before_the_next_is_pulled_and_the_stream_is_stopped_at_the_end()
    {
        var events = new List<OperationResult>();
        var stopped = false;
        var stream = new ResponseStream(Events(), () =>
        {
            stopped = true;
            return ValueTask.CompletedTask;
        });
        var sink = new RecordingSink();

        await ResultDelivery.DeliverAsync(stream, sink, CancellationToken.None);

        Assert.Equal(["open", "send {\"data\":{\"name\":\"Dr 0\"}}", "send {\"data\":{\"name\":\"Dr 1\"}}", "send {\"data\":{\"name\":\"Dr 2\"}}", "complete"], sink.Calls);
        Assert.All(events, result => Assert.Throws<ObjectDisposedException>(() => result.Data));
        Assert.True(stopped);

        async IAsyncEnumerable<OperationResult> Events()
        {
            for (var i = 0; i < 3; i++)
            {
                // The previous event is written and given back before the next one is built.
                if (events.Count > 0)
                    Assert.Throws<ObjectDisposedException>(() => events[^1].Data);
                var next = await RunAsync($"{{ name(of: \"{i}\") }}");
                events.Add(next);
                yield return next;
            }
        }
    }

    private sealed class RecordingSink : IResultSink
    {
        public List<string> Calls { get; } = [];
        public bool FailOnSend { get; init; }

        public Task RejectAsync(OperationResult rejected)
        {
            Calls.Add("reject");
            return Task.CompletedTask;
        }

        public Task OpenAsync(ExecutionResult executed)
        {
            Calls.Add("open");
            return Task.CompletedTask;
        }

        public Task SendAsync(OperationResult result)
        {
            if (FailOnSend)
                throw new IOException("The client went away.");
            Calls.Add("send " + ResultJsonWriter.ToJson(result));
            return Task.CompletedTask;
        }

        public Task CompleteAsync()
        {
            Calls.Add("complete");
            return Task.CompletedTask;
        }
    }
}
