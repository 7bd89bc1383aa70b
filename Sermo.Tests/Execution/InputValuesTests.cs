using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Execution;

/// <summary>The public coercion helpers used by the executor and by transports/tools directly.</summary>
public class InputValuesTests
{
    private static readonly Schema TestSchema = ExecutionTestKit.Schema("""
        enum Color { RED GREEN }
        input Filter { color: Color = RED tags: [String!] limit: Int! }
        type Query { items(filter: Filter): Int }
        """);

    private static GraphQLType TypeOf(string text) => InputValues.TypeFromAst(TestSchema, Parser.ParseType(text))!;

    [Fact]
    public void Coercing_an_external_value_applies_defaults_and_wraps_single_list_items()
    {
        var value = InputValues.CoerceInputValue(new Dictionary<string, object?> { ["tags"] = "a", ["limit"] = 3 }, TypeOf("Filter!"));

        var filter = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal("RED", filter["color"]);
        Assert.Equal(["a"], Assert.IsAssignableFrom<IEnumerable<object?>>(filter["tags"]));
        Assert.Equal(3, filter["limit"]);
    }

    [Fact]
    public void An_invalid_external_value_throws_a_bad_user_input_error_naming_the_path()
    {
        var failure = Assert.Throws<GraphQLException>(() =>
            InputValues.CoerceInputValue(new Dictionary<string, object?> { ["color"] = "BLUE", ["limit"] = 1 }, TypeOf("Filter")));

        Assert.Equal("BAD_USER_INPUT", failure.Error.Code);
        Assert.Equal("Invalid value \"BLUE\" at \"value.color\"; Value \"BLUE\" does not exist in \"Color\" enum.", failure.Error.Message);
    }

    [Theory]
    [InlineData("{ limit: 2, color: GREEN }", "Filter", true)]
    [InlineData("{ color: GREEN }", "Filter", false)]
    [InlineData("[1, 2]", "[Int]", true)]
    [InlineData("null", "Int!", false)]
    [InlineData("$v", "Int!", true)]
    [InlineData("$missing", "Int", false)]
    [InlineData("\"text\"", "Color", false)]
    public void Literals_coerce_or_are_refused(string literal, string type, bool valid)
    {
        var variables = new Dictionary<string, object?> { ["v"] = 5 };

        Assert.Equal(valid, InputValues.TryValueFromAst(Parser.ParseValue(literal), TypeOf(type), variables, out _));
    }

    [Fact]
    public void Argument_coercion_reports_a_missing_required_argument_at_its_field()
    {
        var field = (ObjectType)TestSchema.GetType("Query")!;
        var document = Parser.Parse("{ items(filter: {}) }");
        var node = (GraphQL.Language.Ast.FieldNode)((GraphQL.Language.Ast.OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];

        var failure = Assert.Throws<GraphQLException>(() => InputValues.CoerceArgumentValues(field.Fields["items"]!.Arguments, node.Arguments, null, node));

        Assert.Equal("BAD_USER_INPUT", failure.Error.Code);
        Assert.StartsWith("Argument \"filter\" has an invalid value: ", failure.Error.Message);
    }
}
