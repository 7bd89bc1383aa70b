using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Sermo.Api.Transport;

namespace Sermo.Tests.Api.GraphQL;

public sealed class GraphQLRequestParametersTests
{
    [Fact]
    public void Reads_every_parameter_and_ignores_unknown_members()
    {
        var parameters = Parse("""{"query":"query Q($n: Int) { a }","operationName":"Q","variables":{"n":3,"list":[1,"x"]},"extensions":{"trace":true},"unknown":1}""");

        Assert.Equal("query Q($n: Int) { a }", parameters.Query);
        Assert.Equal("Q", parameters.OperationName);
        var n = Assert.IsType<JsonElement>(parameters.Variables!["n"]);
        Assert.Equal(3, n.GetInt32());
        Assert.Equal(JsonValueKind.Array, Assert.IsType<JsonElement>(parameters.Variables["list"]).ValueKind);
        Assert.True(Assert.IsType<JsonElement>(parameters.Extensions!["trace"]).GetBoolean());
    }

    [Fact]
    public void Keeps_variable_values_usable_after_the_request_document_is_gone()
    {
        GraphQLRequestParameters parameters;
        using (var document = JsonDocument.Parse("""{"query":"{ a }","variables":{"name":"Ada"}}"""))
            Assert.True(GraphQLRequestParameters.TryParse(document.RootElement, out parameters!, out _));

        Assert.Equal("Ada", ((JsonElement)parameters.Variables!["name"]!).GetString());
    }

    [Fact]
    public void Treats_null_operation_name_variables_and_extensions_as_absent()
    {
        var parameters = Parse("""{"query":"{ a }","operationName":null,"variables":null,"extensions":null}""");

        Assert.Null(parameters.OperationName);
        Assert.Null(parameters.Variables);
        Assert.Null(parameters.Extensions);
    }

    [Theory]
    [InlineData("""[]""", "must be a JSON object")]
    [InlineData("""{}""", "'query' parameter is missing")]
    [InlineData("""{"query":""}""", "'query' parameter is missing")]
    [InlineData("""{"query":{"obj":"ect"}}""", "'query' parameter must be a string")]
    [InlineData("""{"query":0}""", "'query' parameter must be a string")]
    [InlineData("""{"query":"{ a }","operationName":1}""", "'operationName' parameter must be a string or null")]
    [InlineData("""{"query":"{ a }","variables":"{}"}""", "'variables' parameter must be an object or null")]
    [InlineData("""{"query":"{ a }","variables":[1]}""", "'variables' parameter must be an object or null")]
    [InlineData("""{"query":"{ a }","extensions":false}""", "'extensions' parameter must be an object or null")]
    public void Explains_what_is_wrong_with_a_body(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.False(GraphQLRequestParameters.TryParse(document.RootElement, out var parameters, out var error));
        Assert.Null(parameters);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_query_string_with_json_variables()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["query"] = "query Q($id: ID!) { node(id: $id) { id } }",
            ["operationName"] = "Q",
            ["variables"] = """{"id":"7"}""",
        });

        Assert.True(GraphQLRequestParameters.TryParse(query, out var parameters, out _));
        Assert.Equal("Q", parameters.OperationName);
        Assert.Equal("7", ((JsonElement)parameters.Variables!["id"]!).GetString());
        Assert.Null(parameters.Extensions);
    }

    [Theory]
    [InlineData("variables", "{not json", "'variables' parameter must be a JSON object")]
    [InlineData("variables", "[1]", "'variables' parameter must be a JSON object")]
    [InlineData("extensions", "\"x\"", "'extensions' parameter must be a JSON object")]
    public void Explains_what_is_wrong_with_a_query_string(string name, string value, string expected)
    {
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["query"] = "{ a }", [name] = value });

        Assert.False(GraphQLRequestParameters.TryParse(query, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Requires_exactly_one_query_in_a_query_string()
    {
        Assert.False(GraphQLRequestParameters.TryParse(new QueryCollection(), out _, out var missing));
        Assert.Contains("'query' parameter is missing", missing, StringComparison.Ordinal);

        var twice = new QueryCollection(new Dictionary<string, StringValues> { ["query"] = new(["{ a }", "{ b }"]) });
        Assert.False(GraphQLRequestParameters.TryParse(twice, out _, out _));
    }

    private static GraphQLRequestParameters Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.True(GraphQLRequestParameters.TryParse(document.RootElement, out var parameters, out var error), error);
        return parameters;
    }
}
