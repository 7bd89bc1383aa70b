using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>Field errors: what a client sees (message, locations, path, code) and what it must not see.</summary>
public class FieldErrorTests
{
    private static readonly GraphQL.Types.Schema TestSchema = Schema(
        "type Query { broken: String custom: String reported: String items: [Item] } type Item { bad: String ok: Int }",
        options =>
        {
            options.Resolvers["Query.broken"] = _ => throw new InvalidOperationException("connection string leaked: secret");
            options.Resolvers["Query.custom"] = _ => throw new GraphQLException(new GraphQLError(
                "Not your poll.", extensions: new Dictionary<string, object?> { ["code"] = "AUTH_NOT_AUTHORIZED" }));
            options.Resolvers["Query.reported"] = context =>
            {
                context.ReportError(new GraphQLError("partly stale", extensions: new Dictionary<string, object?> { ["code"] = "STALE" }));
                return Value("value anyway");
            };
            options.Resolvers["Query.items"] = _ => Value(new[] { 1, 2, 3 });
            options.Resolvers["Item.ok"] = context => Value(context.Parent);
            options.Resolvers["Item.bad"] = async context =>
            {
                await Task.Yield();
                return (int)context.Parent! == 2 ? throw new GraphQLException(new GraphQLError("bad two")) : "fine";
            };
        });

    [Fact]
    public async Task A_resolver_exception_is_hidden_behind_a_generic_message_and_kept_for_logs()
    {
        var result = await ExecuteAsync(TestSchema, "{\n  broken\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected error.", error.Message);
        Assert.Equal("INTERNAL_SERVER_ERROR", error.Code);
        Assert.Equal([new ErrorLocation(2, 3)], error.Locations);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.DoesNotContain("secret", ResultJsonWriter.ToJson(result));
    }

    [Fact]
    public async Task Exception_details_appear_only_when_enabled()
    {
        var result = await ExecuteAsync(TestSchema, "{ broken }", options: new RequestExecutorOptions { IncludeExceptionDetails = true });

        Assert.Equal("connection string leaked: secret", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_graphql_exception_keeps_its_message_and_code_and_gains_path_and_location()
    {
        var json = await RunAsync(TestSchema, "{ alias: custom }");

        Assert.Equal(
            Json("{'errors':[{'message':'Not your poll.','locations':[{'line':1,'column':3}],'path':['alias'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'alias':null}}"),
            json);
    }

    [Fact]
    public async Task A_reported_error_keeps_the_value()
    {
        var json = await RunAsync(TestSchema, "{ reported }");

        Assert.Equal(
            Json("{'errors':[{'message':'partly stale','locations':[{'line':1,'column':3}],'path':['reported'],'extensions':{'code':'STALE'}}],'data':{'reported':'value anyway'}}"),
            json);
    }

    [Fact]
    public async Task Errors_inside_lists_carry_the_item_index()
    {
        var json = await RunAsync(TestSchema, "{ items { ok bad } }");

        Assert.Equal(
            Json("{'errors':[{'message':'bad two','locations':[{'line':1,'column':14}],'path':['items',1,'bad']}],'data':{'items':[{'ok':1,'bad':'fine'},{'ok':2,'bad':null},{'ok':3,'bad':'fine'}]}}"),
            json);
    }

    [Fact]
    public async Task Invalid_leaf_results_are_field_errors()
    {
        var schema = Schema("type Query { count: Int color: Color } enum Color { RED }", options =>
        {
            options.Resolvers["Query.count"] = _ => Value("many");
            options.Resolvers["Query.color"] = _ => Value("BLUE");
        });

        var result = await ExecuteAsync(schema, "{ count color }");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal("INVALID_RESULT", error.Code));
        Assert.Equal("Enum \"Color\" cannot represent value: \"BLUE\".", result.Errors[1].Message);
        Assert.Null(result.Data!["count"]);
    }
}
