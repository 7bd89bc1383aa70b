using System.Text;
using System.Text.Json;
using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>Variable and argument coercion (spec 6.1.2, 6.4.1), after graphql-js's variables tests: every
/// resolver echoes the coerced <c>input</c> argument as JSON, or <c>absent</c>.</summary>
public class VariableCoercionTests
{
    private const string Sdl = """
        input TestInputObject { a: String b: [String] c: String! d: Int = 4 }
        input OneOfInput @oneOf { id: ID name: String }
        type Query {
          objectInput(input: TestInputObject): String
          nullableString(input: String): String
          nonNullString(input: String!): String
          stringWithDefault(input: String = "Hello World"): String
          listNN(input: [String!]): String
          intInput(input: Int): String
          oneOf(input: OneOfInput): String
        }
        """;

    private static readonly GraphQL.Types.Schema EchoSchema = Schema(Sdl, options =>
    {
        foreach (var field in new[] { "objectInput", "nullableString", "nonNullString", "stringWithDefault", "listNN", "intInput", "oneOf" })
            options.Resolvers[$"Query.{field}"] = context => Value(context.Arguments.TryGetValue("input", out var input) ? Echo(input) : "absent");
    });

    private static string Echo(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            ResultJsonWriter.WriteValue(writer, value);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task<object?> EchoAsync(string query, object? variables = null)
    {
        var result = await ExecuteAsync(EchoSchema, query, (IReadOnlyDictionary<string, object?>?)variables);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Data!).Value;
    }

    private static async Task<GraphQL.GraphQLError> RequestErrorAsync(string query, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = await ExecuteAsync(EchoSchema, query, variables);
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("BAD_USER_INPUT", error.Code);
        return error;
    }

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] entries) =>
        entries.ToDictionary(entry => entry.Name, entry => entry.Value);

    [Fact]
    public async Task Inline_object_literals_coerce_with_field_defaults()
    {
        Assert.Equal(
            "{\"a\":\"foo\",\"b\":[\"bar\"],\"c\":\"baz\",\"d\":4}",
            await EchoAsync("{ objectInput(input: {a: \"foo\", b: [\"bar\"], c: \"baz\"}) }"));
    }

    [Fact]
    public async Task Object_variables_coerce_and_a_single_value_becomes_a_list()
    {
        const string query = "query($input: TestInputObject) { objectInput(input: $input) }";
        var input = new Dictionary<string, object?> { ["a"] = "foo", ["b"] = "bar", ["c"] = "baz" };

        Assert.Equal("{\"a\":\"foo\",\"b\":[\"bar\"],\"c\":\"baz\",\"d\":4}", await EchoAsync(query, Vars(("input", input))));
    }

    [Fact]
    public async Task Json_element_variables_coerce_like_plain_values()
    {
        const string query = "query($input: TestInputObject) { objectInput(input: $input) }";
        var input = JsonDocument.Parse("{\"a\":\"foo\",\"c\":\"baz\",\"d\":7}").RootElement;

        Assert.Equal("{\"a\":\"foo\",\"c\":\"baz\",\"d\":7}", await EchoAsync(query, Vars(("input", input))));
    }

    [Fact]
    public async Task A_missing_required_input_field_names_the_variable_and_the_field()
    {
        var error = await RequestErrorAsync(
            "query($input: TestInputObject) { objectInput(input: $input) }",
            Vars(("input", new Dictionary<string, object?> { ["a"] = "foo", ["b"] = "bar" })));

        Assert.Equal("Variable \"$input\" got invalid value { a: \"foo\", b: \"bar\" }; Field \"c\" of required type \"String!\" was not provided.", error.Message);
        Assert.Equal([new GraphQL.ErrorLocation(1, 7)], error.Locations);
    }

    [Fact]
    public async Task A_null_nested_field_names_its_path()
    {
        var error = await RequestErrorAsync(
            "query($input: TestInputObject) { objectInput(input: $input) }",
            Vars(("input", new Dictionary<string, object?> { ["a"] = "foo", ["c"] = null })));

        Assert.Equal("Variable \"$input\" got invalid value null at \"input.c\"; Expected non-nullable type \"String!\" not to be null.", error.Message);
    }

    [Fact]
    public async Task An_unknown_input_field_is_refused()
    {
        var error = await RequestErrorAsync(
            "query($input: TestInputObject) { objectInput(input: $input) }",
            Vars(("input", new Dictionary<string, object?> { ["a"] = "foo", ["c"] = "baz", ["extra"] = "dog" })));

        Assert.Equal("Variable \"$input\" got invalid value { a: \"foo\", c: \"baz\", extra: \"dog\" }; Field \"extra\" is not defined by type \"TestInputObject\".", error.Message);
    }

    [Fact]
    public async Task A_null_list_item_of_a_non_null_item_type_names_its_index()
    {
        var error = await RequestErrorAsync(
            "query($input: [String!]) { listNN(input: $input) }",
            Vars(("input", new List<object?> { "a", null })));

        Assert.Equal("Variable \"$input\" got invalid value null at \"input[1]\"; Expected non-nullable type \"String!\" not to be null.", error.Message);
    }

    [Fact]
    public async Task Required_variables_must_be_given_and_not_null()
    {
        const string query = "query($value: String!) { nonNullString(input: $value) }";

        Assert.Equal("Variable \"$value\" of required type \"String!\" was not provided.", (await RequestErrorAsync(query, null)).Message);
        Assert.Equal("Variable \"$value\" of non-null type \"String!\" must not be null.", (await RequestErrorAsync(query, Vars(("value", null)))).Message);
    }

    [Fact]
    public async Task A_scalar_that_refuses_the_value_explains_why()
    {
        var error = await RequestErrorAsync("query($value: Int) { intInput(input: $value) }", Vars(("value", "abc")));

        Assert.StartsWith("Variable \"$value\" got invalid value \"abc\"; ", error.Message);
        Assert.True(error.Message.Length > "Variable \"$value\" got invalid value \"abc\"; ".Length);
    }

    [Fact]
    public async Task Every_invalid_variable_is_reported_at_once()
    {
        var result = await ExecuteAsync(
            EchoSchema,
            "query($a: String!, $b: Int) { nonNullString(input: $a) intInput(input: $b) }",
            Vars(("b", "x")));

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal("BAD_USER_INPUT", error.Code));
    }

    [Theory]
    [InlineData("query($value: String) { nullableString(input: $value) }", false, null, "absent")]
    [InlineData("query($value: String) { nullableString(input: $value) }", true, null, "null")]
    [InlineData("query($value: String) { nullableString(input: $value) }", true, "a", "\"a\"")]
    [InlineData("query($value: String = \"Default\") { nullableString(input: $value) }", false, null, "\"Default\"")]
    [InlineData("query($value: String = \"Default\") { nullableString(input: $value) }", true, null, "null")]
    [InlineData("query($value: String) { stringWithDefault(input: $value) }", false, null, "\"Hello World\"")]
    [InlineData("query($value: String) { stringWithDefault(input: $value) }", true, null, "null")]
    [InlineData("{ stringWithDefault }", false, null, "\"Hello World\"")]
    [InlineData("{ stringWithDefault(input: null) }", false, null, "null")]
    public async Task Absent_null_and_default_values_are_told_apart(string query, bool given, string? value, string expected)
    {
        Assert.Equal(expected, await EchoAsync(query, given ? Vars(("value", value)) : null));
    }

    [Fact]
    public async Task OneOf_inputs_take_exactly_one_non_null_field()
    {
        const string query = "query($input: OneOfInput) { oneOf(input: $input) }";

        Assert.Equal("{\"id\":\"1\"}", await EchoAsync(query, Vars(("input", new Dictionary<string, object?> { ["id"] = "1" }))));
        Assert.Equal("{\"name\":\"x\"}", await EchoAsync("{ oneOf(input: { name: \"x\" }) }"));

        var two = await RequestErrorAsync(query, Vars(("input", new Dictionary<string, object?> { ["id"] = "1", ["name"] = "x" })));
        Assert.EndsWith("Exactly one key must be specified for OneOf type \"OneOfInput\".", two.Message);
        var nullField = await RequestErrorAsync(query, Vars(("input", new Dictionary<string, object?> { ["id"] = null })));
        Assert.EndsWith("Field \"id\" must be non-null.", nullField.Message);
    }

    [Fact]
    public async Task A_literal_argument_holding_a_missing_variable_takes_the_default()
    {
        Assert.Equal("{\"a\":\"x\",\"c\":\"y\",\"d\":4}", await EchoAsync("query($d: Int) { objectInput(input: {a: \"x\", c: \"y\", d: $d}) }"));
    }
}
