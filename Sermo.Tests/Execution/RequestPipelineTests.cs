using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>What happens before execution (spec 6.1) and around it: request errors, caching, limits, timeout
/// and cancellation. None of it throws.</summary>
public class RequestPipelineTests
{
    private static readonly GraphQL.Types.Schema TestSchema = Schema(
        "type Query { a: String hang: String nested: Query } type Mutation { m: String }",
        options =>
        {
            options.Resolvers["Query.a"] = _ => Value("a");
            options.Resolvers["Query.nested"] = _ => Value("nested");
            options.Resolvers["Query.hang"] = async _ => await new TaskCompletionSource<object?>().Task;
        });

    private static async Task<GraphQLError> RequestErrorAsync(GraphQLRequest request, RequestExecutorOptions? options = null)
    {
        var result = Assert.IsType<OperationResult>(await new RequestExecutor(TestSchema, options).ExecuteAsync(request));
        Assert.False(result.HasData);
        return Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task A_missing_query_is_a_bad_request(string? query)
    {
        var error = await RequestErrorAsync(new GraphQLRequest { Query = query });

        Assert.Equal("BAD_REQUEST", error.Code);
    }

    [Fact]
    public async Task A_syntax_error_is_a_parse_failure_with_its_location()
    {
        var error = await RequestErrorAsync(new GraphQLRequest { Query = "{ a" });

        Assert.Equal("GRAPHQL_PARSE_FAILED", error.Code);
        Assert.StartsWith("Syntax Error", error.Message);
        Assert.NotNull(error.Locations);
    }

    [Fact]
    public async Task An_invalid_document_is_a_validation_failure()
    {
        var result = Assert.IsType<OperationResult>(await new RequestExecutor(TestSchema).ExecuteAsync(new GraphQLRequest { Query = "{ unknown }" }));

        Assert.False(result.HasData);
        Assert.All(result.Errors, error => Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Code));
        Assert.NotEmpty(result.Errors);
    }

    [Theory]
    [InlineData("query A { a } query B { a }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { a }", "C", "Unknown operation named \"C\".")]
    public async Task An_operation_that_cannot_be_chosen_is_a_resolution_failure(string query, string? name, string message)
    {
        var error = await RequestErrorAsync(new GraphQLRequest { Query = query, OperationName = name });

        Assert.Equal("OPERATION_RESOLUTION_FAILURE", error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task The_named_operation_runs()
    {
        var json = await RunAsync(TestSchema, "query A { x: a } query B { y: a }", operationName: "B");

        Assert.Equal(Json("{'data':{'y':'a'}}"), json);
    }

    [Fact]
    public async Task An_operation_kind_the_transport_forbids_is_refused()
    {
        var error = await RequestErrorAsync(new GraphQLRequest { Query = "mutation { m }", AllowedOperations = AllowedOperations.Query });

        Assert.Equal("OPERATION_NOT_ALLOWED", error.Code);
    }

    [Fact]
    public async Task Operations_deeper_than_the_limit_are_refused_before_execution()
    {
        var error = await RequestErrorAsync(
            new GraphQLRequest { Query = "{ nested { nested { nested { a } } } }" },
            new RequestExecutorOptions { MaxExecutionDepth = 3 });

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Code);
        Assert.Equal("The operation is nested 4 levels deep; at most 3 are allowed.", error.Message);
    }

    [Fact]
    public async Task Fragments_that_multiply_fields_count_against_the_field_limit()
    {
        const string query = "{ ...F1 } fragment F1 on Query { nested { ...F2 } n2: nested { ...F2 } } fragment F2 on Query { a b: a c: a }";

        var error = await RequestErrorAsync(new GraphQLRequest { Query = query }, new RequestExecutorOptions { MaxFieldCount = 7 });

        Assert.Equal("The operation selects 8 fields once fragments are expanded; at most 7 are allowed.", error.Message);
    }

    [Fact]
    public async Task Documents_are_cached_by_text_and_the_cache_stays_bounded()
    {
        var executor = new RequestExecutor(TestSchema, new RequestExecutorOptions { DocumentCacheSize = 10 });

        for (var i = 0; i < 3; i++)
            await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }" });
        Assert.Equal(1, executor.CachedDocumentCount);

        for (var i = 0; i < 50; i++)
            await executor.ExecuteAsync(new GraphQLRequest { Query = $"{{ a{i}: a }}" });
        Assert.InRange(executor.CachedDocumentCount, 1, 10);
    }

    [Fact]
    public async Task A_request_that_outlives_its_timeout_ends_with_a_timeout_error()
    {
        var result = await ExecuteAsync(TestSchema, "{ a hang }", options: new RequestExecutorOptions { Timeout = TimeSpan.FromMilliseconds(50) });

        Assert.Equal("TIMEOUT", Assert.Single(result.Errors).Code);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task A_request_whose_client_goes_away_ends_as_cancelled()
    {
        using var client = new CancellationTokenSource();
        var running = ExecuteAsync(TestSchema, "{ hang }", cancellationToken: client.Token);
        client.Cancel();

        var result = await running;

        Assert.Equal("REQUEST_CANCELLED", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Variables_of_unusable_shapes_are_input_errors_not_crashes()
    {
        var schema = Schema("type Query { f(n: Int, s: [String]): String }");
        var executor = new RequestExecutor(schema);

        var result = Assert.IsType<OperationResult>(await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "query($n: Int, $s: [String]) { f(n: $n, s: $s) }",
            Variables = new Dictionary<string, object?> { ["n"] = new object(), ["s"] = new Dictionary<string, object?>() },
        }));

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal("BAD_USER_INPUT", error.Code));
    }
}
