using System.Text;
using System.Text.Json;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

public class ResultJsonWriterTests
{
    private static string Write(OperationResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            ResultJsonWriter.Write(writer, result);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Errors_come_first_then_data_then_extensions()
    {
        var result = new OperationResult(
            new Dictionary<string, object?> { ["n"] = 1 },
            true,
            [new GraphQLError("boom", [new ErrorLocation(2, 5)], ["a", 0, "b"], new Dictionary<string, object?> { ["code"] = "X" }, new InvalidOperationException("hidden"))],
            new Dictionary<string, object?> { ["cost"] = 3 });

        Assert.Equal(
            Json("{'errors':[{'message':'boom','locations':[{'line':2,'column':5}],'path':['a',0,'b'],'extensions':{'code':'X'}}],'data':{'n':1},'extensions':{'cost':3}}"),
            Write(result));
    }

    [Fact]
    public void A_request_error_has_no_data_entry_and_a_nulled_root_has_a_null_one()
    {
        Assert.Equal(Json("{'errors':[{'message':'bad'}]}"), Write(OperationResult.FromError(new GraphQLError("bad"))));
        Assert.Equal(Json("{'errors':[{'message':'bad'}],'data':null}"), Write(new OperationResult(null, true, [new GraphQLError("bad")])));
    }

    [Fact]
    public void Values_of_every_result_kind_are_written_as_json()
    {
        var data = new Dictionary<string, object?>
        {
            ["int"] = 1,
            ["long"] = 9_007_199_254_740_993L,
            ["double"] = 1.5,
            ["whole"] = 2.0,
            ["decimal"] = 0.1m,
            ["bool"] = false,
            ["null"] = null,
            ["text"] = "line\n\"quoted\"",
            ["list"] = new List<object?> { 1, "two", null },
            ["map"] = new Dictionary<string, object?> { ["k"] = "v" },
            ["json"] = JsonDocument.Parse("{\"raw\":[1]}").RootElement,
        };

        Assert.Equal(
            "{\"data\":{\"int\":1,\"long\":9007199254740993,\"double\":1.5,\"whole\":2,\"decimal\":0.1,\"bool\":false,\"null\":null,\"text\":\"line\\n\\\"quoted\\\"\",\"list\":[1,\"two\",null],\"map\":{\"k\":\"v\"},\"json\":{\"raw\":[1]}}}",
            ResultJsonWriter.ToJson(new OperationResult(data, true, [])));
    }

    [Fact]
    public async Task Executed_results_write_in_response_key_order()
    {
        var schema = Schema("type Query { b: Int a: Int }");
        var root = new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 };

        Assert.Equal(Json("{'data':{'b':2,'a':1,'c':2}}"), await RunAsync(schema, "{ b a c: b }", rootValue: root));
    }
}
