using System.Runtime.CompilerServices;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>Subscriptions end to end (spec 6.2.3): a source stream from the root field's subscriber, the
/// selection executed per event, unsubscription on dispose, and source failures.</summary>
public class SubscriptionTests
{
    private sealed class SourceProbe
    {
        public bool Disposed { get; set; }
    }

    private static async IAsyncEnumerable<object?> Count(int to, SourceProbe probe, bool failAtEnd, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (var i = 1; i <= to; i++)
            {
                await Task.Yield();
                yield return i;
            }
            if (failAtEnd)
                throw new InvalidOperationException("source broke");
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            probe.Disposed = true;
        }
    }

    private static GraphQL.Types.Schema CounterSchema(SourceProbe probe, bool failAtEnd = false) => Schema(
        "type Query { unused: Int } type Subscription { counter(to: Int!): Tick! refused: Int }  type Tick { value: Int! double: Int! }",
        options =>
        {
            options.Subscribers["Subscription.counter"] = context =>
                ValueTask.FromResult(Count((int)context.Arguments["to"]!, probe, failAtEnd));
            options.Subscribers["Subscription.refused"] = _ =>
                throw new GraphQLException(new GraphQLError("Not subscribed to this poll.", extensions: new Dictionary<string, object?> { ["code"] = "AUTH_NOT_AUTHORIZED" }));
            options.Resolvers["Subscription.counter"] = context => Value(context.Parent);
            options.Resolvers["Tick.value"] = context => Value(context.Parent);
            options.Resolvers["Tick.double"] = async context =>
            {
                await Task.Yield();
                return (int)context.Parent! * 2;
            };
        });

    private static async Task<ResponseStream> SubscribeAsync(GraphQL.Types.Schema schema, string query) =>
        Assert.IsType<ResponseStream>(await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query }));

    [Fact]
    public async Task Each_source_event_executes_the_selection_with_the_event_as_root()
    {
        var probe = new SourceProbe();
        await using var stream = await SubscribeAsync(CounterSchema(probe), "subscription { counter(to: 3) { value double } }");

        var results = new List<string>();
        await foreach (var result in stream.Results)
        {
            results.Add(ResultJsonWriter.ToJson(result));
            if (results.Count == 3)
                break;
        }

        Assert.Equal(
            [
                Json("{'data':{'counter':{'value':1,'double':2}}}"),
                Json("{'data':{'counter':{'value':2,'double':4}}}"),
                Json("{'data':{'counter':{'value':3,'double':6}}}"),
            ],
            results);
        Assert.True(probe.Disposed);
    }

    [Fact]
    public async Task Disposing_the_stream_unsubscribes_a_waiting_consumer()
    {
        var probe = new SourceProbe();
        var stream = await SubscribeAsync(CounterSchema(probe), "subscription { counter(to: 1) { value } }");

        var consumed = new List<OperationResult>();
        var consuming = Task.Run(async () =>
        {
            await foreach (var result in stream.Results)
            {
                consumed.Add(result);
                await stream.DisposeAsync();
            }
        });
        await consuming;

        Assert.Single(consumed);
        Assert.True(probe.Disposed);
    }

    [Fact]
    public async Task A_failing_source_ends_the_stream_with_an_error_result()
    {
        var probe = new SourceProbe();
        await using var stream = await SubscribeAsync(CounterSchema(probe, failAtEnd: true), "subscription { counter(to: 1) { value } }");

        var results = new List<OperationResult>();
        await foreach (var result in stream.Results)
            results.Add(result);

        Assert.Equal(2, results.Count);
        Assert.Equal("INTERNAL_SERVER_ERROR", Assert.Single(results[1].Errors).Code);
        Assert.IsType<InvalidOperationException>(results[1].Errors[0].Exception);
    }

    [Fact]
    public async Task A_subscriber_that_refuses_gives_a_single_error_result()
    {
        var result = Assert.IsType<OperationResult>(
            await new RequestExecutor(CounterSchema(new SourceProbe())).ExecuteAsync(new GraphQLRequest { Query = "subscription { refused }" }));

        Assert.Equal(
            Json("{'errors':[{'message':'Not subscribed to this poll.','locations':[{'line':1,'column':16}],'path':['refused'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}]}"),
            ResultJsonWriter.ToJson(result));
    }

    /// <summary>Doubles its keys, in batches it records, after going asynchronous (as a database read would).</summary>
    public sealed class DoublingLoader : DataLoader<int, int>
    {
        public static int Batches;

        protected override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Batches);
            await Task.Yield();
            return keys.ToDictionary(key => key, key => key * 2);
        }
    }

    [Fact]
    public async Task A_subscriber_may_await_a_DataLoader_before_it_opens_its_stream()
    {
        // Before the subscriber's await took part in the batching loop, the loader's batch was never dispatched and
        // the subscription never opened.
        var probe = new SourceProbe();
        var schema = Schema(
            "type Query { unused: Int } type Subscription { doubledCounter(to: Int!): Int! }",
            options =>
            {
                options.Subscribers["Subscription.doubledCounter"] = async context =>
                {
                    var to = await context.DataLoader<DoublingLoader>().LoadAsync((int)context.Arguments["to"]!);
                    return Count(to, probe, failAtEnd: false);
                };
                options.Resolvers["Subscription.doubledCounter"] = context => Value(context.Parent);
            });
        var batchesBefore = Volatile.Read(ref DoublingLoader.Batches);

        var subscribing = new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "subscription { doubledCounter(to: 2) }" });
        await using var stream = Assert.IsType<ResponseStream>(await subscribing.WaitAsync(TimeSpan.FromSeconds(10)));

        var values = new List<string>();
        await foreach (var result in stream.Results)
        {
            values.Add(ResultJsonWriter.ToJson(result));
            if (values.Count == 4)
                break;
        }
        Assert.Equal(4, values.Count);
        Assert.Equal(Json("{'data':{'doubledCounter':4}}"), values[3]);
        Assert.Equal(batchesBefore + 1, Volatile.Read(ref DoublingLoader.Batches));
    }
}
