using System.Collections.Concurrent;
using Sermo.GraphQL;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>Mutation root fields run one after another, each with its whole sub-selection finished before the
/// next starts (spec 6.2.2), while query fields start together.</summary>
public class MutationTests
{
    private static GraphQL.Types.Schema LoggingSchema(ConcurrentQueue<string> log) => Schema(
        """
        type Query { first: Step second: Step }
        type Mutation { first: Step second: Step failing: Step }
        type Step { detail: String }
        """,
        options =>
        {
            foreach (var root in new[] { "Query", "Mutation" })
            {
                foreach (var name in new[] { "first", "second" })
                {
                    options.Resolvers[$"{root}.{name}"] = async _ =>
                    {
                        log.Enqueue($"{name} start");
                        await Task.Yield();
                        log.Enqueue($"{name} end");
                        return name;
                    };
                }
            }
            options.Resolvers["Mutation.failing"] = _ => throw new GraphQLException(new GraphQLError("refused"));
            options.Resolvers["Step.detail"] = async context =>
            {
                await Task.Yield();
                log.Enqueue($"{context.Parent} detail");
                return $"{context.Parent} done";
            };
        });

    [Fact]
    public async Task Mutation_fields_and_their_sub_selections_run_in_order()
    {
        var log = new ConcurrentQueue<string>();

        var json = await RunAsync(LoggingSchema(log), "mutation { first { detail } second { detail } }");

        Assert.Equal(Json("{'data':{'first':{'detail':'first done'},'second':{'detail':'second done'}}}"), json);
        Assert.Equal(["first start", "first end", "first detail", "second start", "second end", "second detail"], log);
    }

    [Fact]
    public async Task Query_fields_run_together_so_a_later_one_can_release_an_earlier_one()
    {
        var gate = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Schema("type Query { waiting: String releasing: String }", options =>
        {
            options.Resolvers["Query.waiting"] = async _ => await gate.Task;
            options.Resolvers["Query.releasing"] = _ =>
            {
                gate.SetResult("released");
                return Value("releaser");
            };
        });

        var json = await RunAsync(schema, "{ waiting releasing }", options: new GraphQL.Execution.RequestExecutorOptions { Timeout = TimeSpan.FromSeconds(10) });

        Assert.Equal(Json("{'data':{'waiting':'released','releasing':'releaser'}}"), json);
    }

    [Fact]
    public async Task A_failed_mutation_does_not_stop_the_next_one()
    {
        var log = new ConcurrentQueue<string>();

        var result = await ExecuteAsync(LoggingSchema(log), "mutation { first { detail } failing { detail } second { detail } }");

        Assert.Equal("refused", Assert.Single(result.Errors).Message);
        Assert.Null(result.Data!["failing"]);
        Assert.NotNull(result.Data!["second"]);
    }
}
