using System.Collections.Concurrent;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>The executor's error filter: the host's own exceptions become errors with their own code and
/// message, anything else stays "Unexpected error.", and the request's own cancellation is no resolver error.</summary>
public sealed class ErrorFilterTests
{
    private sealed class RuleRefused(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }

    /// <summary>Knows <see cref="RuleRefused"/> and nothing else; records every call.</summary>
    private sealed class RecordingFilter : IErrorFilter
    {
        public ConcurrentQueue<(Exception Exception, ErrorFilterContext Context)> Calls { get; } = new();

        public GraphQLError? OnException(Exception exception, ErrorFilterContext context)
        {
            Calls.Enqueue((exception, context));
            return exception is RuleRefused refused
                ? new GraphQLError(refused.Message, extensions: new Dictionary<string, object?> { ["code"] = refused.Code })
                : null;
        }
    }

    private sealed class ThrowingFilter : IErrorFilter
    {
        public GraphQLError? OnException(Exception exception, ErrorFilterContext context) => throw new InvalidOperationException("the filter broke");
    }

    private static GraphQL.Types.Schema TestSchema(TaskCompletionSource? resolverStarted = null) => Schema(
        "type Query { vote: Boolean broken: String slow: String guarded: String items: [Item] } type Item { name: String }",
        options =>
        {
            options.Resolvers["Query.vote"] = _ => throw new RuleRefused("POLL_CLOSED", "The poll closed at noon.");
            options.Resolvers["Query.broken"] = _ => throw new InvalidOperationException("connection string: secret");
            options.Resolvers["Query.slow"] = async context =>
            {
                resolverStarted?.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            };
            options.Resolvers["Query.guarded"] = _ => Value("resolved");
            options.Resolvers["Query.items"] = _ => Value(new[] { 1, 2 });
            options.Resolvers["Item.name"] = async context =>
            {
                await Task.Yield();
                return (int)context.Parent! == 2 ? throw new RuleRefused("NOT_CASE_AUTHOR", "Only the author can.") : "one";
            };
            // A middleware failing the way a resolver would: its exception goes through the same filter.
            options.FieldMiddleware.Add(next => context =>
                context.Field.Name == "guarded" ? throw new RuleRefused("AGENCY_NOT_MANDATED", "Not your agency.") : next(context));
        });

    [Fact]
    public async Task A_known_exception_becomes_its_own_code_and_message_at_the_field_with_the_exception_kept()
    {
        var filter = new RecordingFilter();

        var result = await ExecuteAsync(TestSchema(), "{\n  vote\n}", options: new RequestExecutorOptions { ErrorFilter = filter });

        Assert.Equal(
            Json("{'errors':[{'message':'The poll closed at noon.','locations':[{'line':2,'column':3}],'path':['vote'],'extensions':{'code':'POLL_CLOSED'}}],'data':{'vote':null}}"),
            ResultJsonWriter.ToJson(result));
        Assert.IsType<RuleRefused>(Assert.Single(result.Errors).Exception);
        var (_, context) = Assert.Single(filter.Calls);
        Assert.Equal("Query.vote", context.FieldCoordinate);
        Assert.Equal(["vote"], context.Path);
    }

    [Fact]
    public async Task Exceptions_from_list_items_and_middleware_are_filtered_each_at_their_own_path()
    {
        var result = await ExecuteAsync(TestSchema(), "{ items { name } guarded }", options: new RequestExecutorOptions { ErrorFilter = new RecordingFilter() });

        Assert.Equal(
            Json("{'errors':[{'message':'Not your agency.','locations':[{'line':1,'column':18}],'path':['guarded'],'extensions':{'code':'AGENCY_NOT_MANDATED'}},"
                + "{'message':'Only the author can.','locations':[{'line':1,'column':11}],'path':['items',1,'name'],'extensions':{'code':'NOT_CASE_AUTHOR'}}],"
                + "'data':{'items':[{'name':'one'},{'name':null}],'guarded':null}}"),
            ResultJsonWriter.ToJson(result));
    }

    [Fact]
    public async Task An_exception_the_filter_leaves_is_an_unexpected_error_without_its_text()
    {
        var filter = new RecordingFilter();

        var result = await ExecuteAsync(TestSchema(), "{ broken }", options: new RequestExecutorOptions { ErrorFilter = filter });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected error.", error.Message);
        Assert.Equal(ErrorCodes.ResolverError, error.Code);
        Assert.Equal(["broken"], error.Path);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.DoesNotContain("secret", ResultJsonWriter.ToJson(result));
        Assert.Single(filter.Calls);
    }

    [Fact]
    public async Task A_failing_filter_leaves_the_error_unexpected_and_keeps_both_exceptions()
    {
        var result = await ExecuteAsync(TestSchema(), "{ vote }", options: new RequestExecutorOptions { ErrorFilter = new ThrowingFilter() });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected error.", error.Message);
        Assert.Equal(ErrorCodes.ResolverError, error.Code);
        var both = Assert.IsType<AggregateException>(error.Exception);
        Assert.Collection(both.InnerExceptions, first => Assert.IsType<RuleRefused>(first), second => Assert.Equal("the filter broke", second.Message));
    }

    [Fact]
    public async Task The_clients_cancellation_is_reported_for_the_request_and_never_shown_to_the_filter()
    {
        var filter = new RecordingFilter();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new CancellationTokenSource();

        var running = ExecuteAsync(TestSchema(started), "{ slow }", options: new RequestExecutorOptions { ErrorFilter = filter }, cancellationToken: client.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await client.CancelAsync();
        var result = await running.WaitAsync(TimeSpan.FromSeconds(10));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.Cancelled, error.Code);
        Assert.Null(error.Path);
        Assert.Empty(filter.Calls);
    }

    [Fact]
    public async Task A_request_timeout_is_reported_for_the_request_and_never_shown_to_the_filter()
    {
        var filter = new RecordingFilter();

        var result = await ExecuteAsync(TestSchema(), "{ slow }",
            options: new RequestExecutorOptions { ErrorFilter = filter, Timeout = TimeSpan.FromMilliseconds(50) });

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors).Code);
        Assert.Empty(filter.Calls);
    }
}
