using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Utilities;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>Errors and nulls travel up to the nearest nullable position (spec 6.4.4), whether the failing
/// resolver completed synchronously or not (after graphql-js's nonnull tests).</summary>
public class NullPropagationTests
{
    private const string Sdl = """
        type Query { data: DataType nonNull: String! }
        type DataType {
          sync: String
          syncNonNull: String!
          promise: String
          promiseNonNull: String!
          syncNest: DataType
          syncNonNullNest: DataType!
          promiseNest: DataType
          promiseNonNullNest: DataType!
        }
        """;

    private static GraphQL.Types.Schema FailingSchema(bool throwing) => Schema(Sdl, options => Configure(options, throwing));

    private static void Configure(SdlBuildOptions options, bool throwing)
    {
        options.Resolvers["Query.data"] = _ => Value("root");
        options.Resolvers["Query.nonNull"] = _ => Value(null);
        foreach (var name in new[] { "sync", "syncNonNull" })
        {
            options.Resolvers[$"DataType.{name}"] = _ => throwing ? throw new GraphQLException(new GraphQLError(name)) : Value(null);
        }
        foreach (var name in new[] { "promise", "promiseNonNull" })
        {
            options.Resolvers[$"DataType.{name}"] = async _ =>
            {
                await Task.Yield();
                return throwing ? throw new GraphQLException(new GraphQLError(name)) : null;
            };
        }
        options.Resolvers["DataType.syncNest"] = _ => Value("nested");
        options.Resolvers["DataType.syncNonNullNest"] = _ => Value("nested");
        options.Resolvers["DataType.promiseNest"] = async _ =>
        {
            await Task.Yield();
            return "nested";
        };
        options.Resolvers["DataType.promiseNonNullNest"] = async _ =>
        {
            await Task.Yield();
            return "nested";
        };
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_nullable_field_that_fails_is_null_with_one_error(bool throwing)
    {
        var result = await ExecuteAsync(FailingSchema(throwing), "{ data { sync promise } }");

        Assert.Equal(Json("{'data':{'data':{'sync':null,'promise':null}}}"), ResultJsonWriter.ToJson(new OperationResult(result.Data, true, [])));
        Assert.Equal(throwing ? 2 : 0, result.Errors.Count);
    }

    [Theory]
    [InlineData("{ data { syncNonNull } }", "syncNonNull")]
    [InlineData("{ data { promiseNonNull } }", "promiseNonNull")]
    [InlineData("{ data { sync promiseNonNull } }", "promiseNonNull")]
    public async Task A_failing_non_null_field_nulls_its_parent(string query, string failing)
    {
        var result = await ExecuteAsync(FailingSchema(throwing: true), query);

        Assert.True(result.HasData);
        Assert.Null(result.Data!["data"]);
        var error = Assert.Single(result.Errors, error => error.Path![^1] is string key && key == failing);
        Assert.Equal(["data", failing], error.Path);
        Assert.Equal(failing, error.Message);
    }

    [Fact]
    public async Task A_null_for_a_non_null_field_reports_the_field_and_nulls_the_parent()
    {
        var json = await RunAsync(FailingSchema(throwing: false), "{ data { syncNest { syncNonNull } } }");

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field DataType.syncNonNull.','locations':[{'line':1,'column':21}],'path':['data','syncNest','syncNonNull'],'extensions':{'code':'INVALID_RESULT'}}],'data':{'data':{'syncNest':null}}}"),
            json);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Nulls_travel_through_every_non_null_level_to_the_nearest_nullable_one(bool throwing)
    {
        const string query = """
            {
              data {
                syncNest { syncNonNullNest { promiseNonNullNest { syncNonNull } } }
                promiseNest { promiseNonNullNest { syncNonNullNest { promiseNonNull } } }
                sync
              }
            }
            """;
        var result = await ExecuteAsync(FailingSchema(throwing), query);

        var data = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Data!["data"]);
        Assert.Null(data["syncNest"]);
        Assert.Null(data["promiseNest"]);
        Assert.Contains(result.Errors, error => error.Path!.SequenceEqual(["data", "syncNest", "syncNonNullNest", "promiseNonNullNest", "syncNonNull"]));
        Assert.Contains(result.Errors, error => error.Path!.SequenceEqual(["data", "promiseNest", "promiseNonNullNest", "syncNonNullNest", "promiseNonNull"]));
    }

    [Fact]
    public async Task A_null_root_non_null_field_nulls_the_whole_data()
    {
        var json = await RunAsync(FailingSchema(throwing: false), "{ nonNull }");

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNull.','locations':[{'line':1,'column':3}],'path':['nonNull'],'extensions':{'code':'INVALID_RESULT'}}],'data':null}"),
            json);
    }
}
