using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>Every list/non-null combination against lists with and without nulls (after graphql-js's lists tests).</summary>
public class ListCompletionTests
{
    private static async Task<string> RunListAsync(string type, object? list)
    {
        var schema = Schema(
            $"type Query {{ nest: DataType }} type DataType {{ list: {type} }}",
            options =>
            {
                options.Resolvers["Query.nest"] = _ => Value("nest");
                options.Resolvers["DataType.list"] = _ => Value(list);
            });
        return await RunAsync(schema, "{ nest { list } }");
    }

    private const string NullItemError = "'errors':[{'message':'Cannot return null for non-nullable field DataType.list.','locations':[{'line':1,'column':10}],'path':['nest','list',1],'extensions':{'code':'INVALID_RESULT'}}],";
    private const string NullListError = "'errors':[{'message':'Cannot return null for non-nullable field DataType.list.','locations':[{'line':1,'column':10}],'path':['nest','list'],'extensions':{'code':'INVALID_RESULT'}}],";

    [Theory]
    [InlineData("[Int]", "values", "{'data':{'nest':{'list':[1,2]}}}")]
    [InlineData("[Int]", "holes", "{'data':{'nest':{'list':[1,null,2]}}}")]
    [InlineData("[Int]", "null", "{'data':{'nest':{'list':null}}}")]
    [InlineData("[Int]!", "values", "{'data':{'nest':{'list':[1,2]}}}")]
    [InlineData("[Int]!", "holes", "{'data':{'nest':{'list':[1,null,2]}}}")]
    [InlineData("[Int]!", "null", "{" + NullListError + "'data':{'nest':null}}")]
    [InlineData("[Int!]", "values", "{'data':{'nest':{'list':[1,2]}}}")]
    [InlineData("[Int!]", "holes", "{" + NullItemError + "'data':{'nest':{'list':null}}}")]
    [InlineData("[Int!]", "null", "{'data':{'nest':{'list':null}}}")]
    [InlineData("[Int!]!", "values", "{'data':{'nest':{'list':[1,2]}}}")]
    [InlineData("[Int!]!", "holes", "{" + NullItemError + "'data':{'nest':null}}")]
    [InlineData("[Int!]!", "null", "{" + NullListError + "'data':{'nest':null}}")]
    public async Task List_and_item_nullability_decide_where_a_null_lands(string type, string data, string expected)
    {
        object? list = data switch
        {
            "values" => new List<int> { 1, 2 },
            "holes" => new int?[] { 1, null, 2 },
            _ => null,
        };

        Assert.Equal(Json(expected), await RunListAsync(type, list));
    }

    [Fact]
    public async Task Lazy_sequences_and_nested_lists_complete()
    {
        static IEnumerable<IEnumerable<int>> Rows()
        {
            for (var row = 0; row < 2; row++)
                yield return Enumerable.Range(row * 2, 2);
        }

        Assert.Equal(Json("{'data':{'nest':{'list':[[0,1],[2,3]]}}}"), await RunListAsync("[[Int!]!]", Rows()));
    }

    [Fact]
    public async Task Asynchronous_sequences_complete_as_lists()
    {
        static async IAsyncEnumerable<object?> Names()
        {
            foreach (var name in new[] { "a", "b" })
            {
                await Task.Yield();
                yield return name;
            }
        }

        Assert.Equal(Json("{'data':{'nest':{'list':['a','b']}}}"), await RunListAsync("[String!]!", Names()));
    }

    [Fact]
    public async Task A_value_that_is_not_a_list_is_a_field_error()
    {
        var json = await RunListAsync("[String]", "not a list");

        Assert.Equal(
            Json("{'errors':[{'message':'Expected a list, but did not find one for field \\\"DataType.list\\\".','locations':[{'line':1,'column':10}],'path':['nest','list'],'extensions':{'code':'INVALID_RESULT'}}],'data':{'nest':{'list':null}}}"),
            json);
    }

    [Fact]
    public async Task A_sequence_that_fails_while_enumerated_is_a_field_error()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            throw new InvalidOperationException("broken source");
        }

        var json = await RunListAsync("[Int]", Failing());

        Assert.Equal(
            Json("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':10}],'path':['nest','list'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'nest':{'list':null}}}"),
            json);
    }
}
