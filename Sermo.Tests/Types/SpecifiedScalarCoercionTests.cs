using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Types;

/// <summary>Input and result coercion of the spec's five scalars (spec 3.5), with graphql-js's messages.</summary>
public sealed class SpecifiedScalarCoercionTests
{
    public static TheoryData<string, object, object> AcceptedResults => new()
    {
        { "Int", 1, 1 },
        { "Int", 1L, 1 },
        { "Int", 1.0, 1 },
        { "Int", -2147483648L, int.MinValue },
        { "Int", "123", 123 },
        { "Int", true, 1 },
        { "Int", 3m, 3 },
        { "Float", 1, 1.0 },
        { "Float", 1.5, 1.5 },
        { "Float", "1.5", 1.5 },
        { "Float", false, 0.0 },
        { "String", "text", "text" },
        { "String", 1, "1" },
        { "String", 1.5, "1.5" },
        { "String", true, "true" },
        { "Boolean", true, true },
        { "Boolean", 0, false },
        { "Boolean", 2.5, true },
        { "ID", "abc", "abc" },
        { "ID", 123, "123" },
        { "ID", 9007199254740993L, "9007199254740993" },
    };

    [Theory]
    [MemberData(nameof(AcceptedResults))]
    public void Serialize_accepts_representable_values(string scalar, object internalValue, object expected) =>
        Assert.Equal(expected, ScalarNamed(scalar).Serialize(internalValue));

    public static TheoryData<string, object, string> RefusedResults => new()
    {
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", "1.5", "Int cannot represent non-integer value: \"1.5\"" },
        { "Int", "abc", "Int cannot represent non-integer value: \"abc\"" },
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", 1e100, "Int cannot represent non 32-bit signed integer value: 1e+100" },
        { "Int", double.NaN, "Int cannot represent non-integer value: NaN" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "Float", double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
        { "Float", "abc", "Float cannot represent non numeric value: \"abc\"" },
        { "String", new object(), "String cannot represent value: System.Object" },
        { "String", double.NaN, "String cannot represent value: NaN" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", true, "ID cannot represent value: true" },
    };

    [Theory]
    [MemberData(nameof(RefusedResults))]
    public void Serialize_refuses_values_it_cannot_represent(string scalar, object internalValue, string message)
    {
        var error = Assert.Throws<ScalarCoercionException>(() => ScalarNamed(scalar).Serialize(internalValue));
        Assert.Equal(message, error.Message);
    }

    public static TheoryData<string, object, object> AcceptedInputs => new()
    {
        { "Int", 7, 7 },
        { "Int", 7L, 7 },
        { "Int", 7.0, 7 },
        { "Int", -2147483648L, int.MinValue },
        { "Float", 7, 7.0 },
        { "Float", 7L, 7.0 },
        { "Float", 0.25, 0.25 },
        { "Float", 0.5m, 0.5 },
        { "String", "a", "a" },
        { "Boolean", false, false },
        { "ID", "x1", "x1" },
        { "ID", 42, "42" },
        { "ID", 42L, "42" },
    };

    [Theory]
    [MemberData(nameof(AcceptedInputs))]
    public void ParseValue_accepts_the_spec_input_forms(string scalar, object externalValue, object expected) =>
        Assert.Equal(expected, ScalarNamed(scalar).ParseValue(externalValue));

    public static TheoryData<string, object, string> RefusedInputs => new()
    {
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", "1", "Int cannot represent non-integer value: \"1\"" },
        { "Int", true, "Int cannot represent non-integer value: true" },
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", -2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649" },
        { "Float", "1.5", "Float cannot represent non numeric value: \"1.5\"" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "Float", true, "Float cannot represent non numeric value: true" },
        { "String", 1, "String cannot represent a non string value: 1" },
        { "String", true, "String cannot represent a non string value: true" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "Boolean", 1, "Boolean cannot represent a non boolean value: 1" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", true, "ID cannot represent value: true" },
    };

    [Theory]
    [MemberData(nameof(RefusedInputs))]
    public void ParseValue_refuses_other_forms(string scalar, object externalValue, string message)
    {
        var error = Assert.Throws<ScalarCoercionException>(() => ScalarNamed(scalar).ParseValue(externalValue));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Lists_and_objects_are_shown_in_messages()
    {
        var list = new List<object?> { 1, "a" };
        var map = new Dictionary<string, object?> { ["a"] = 1 };
        Assert.Equal("Int cannot represent non-integer value: [1, \"a\"]", Assert.Throws<ScalarCoercionException>(() => Scalars.Int.ParseValue(list)).Message);
        Assert.Equal("String cannot represent a non string value: { a: 1 }", Assert.Throws<ScalarCoercionException>(() => Scalars.String.ParseValue(map)).Message);
    }

    public static TheoryData<string, ValueNode, object> AcceptedLiterals => new()
    {
        { "Int", new IntValueNode("-2147483648"), int.MinValue },
        { "Float", new IntValueNode("3"), 3.0 },
        { "Float", new FloatValueNode("1.5e3"), 1500.0 },
        { "String", new StringValueNode("s"), "s" },
        { "Boolean", new BooleanValueNode(true), true },
        { "ID", new IntValueNode("12"), "12" },
        { "ID", new StringValueNode("a"), "a" },
    };

    [Theory]
    [MemberData(nameof(AcceptedLiterals))]
    public void ParseLiteral_accepts_the_spec_literals(string scalar, ValueNode literal, object expected) =>
        Assert.Equal(expected, ScalarNamed(scalar).ParseLiteral(literal));

    [Fact]
    public void ParseLiteral_refuses_an_out_of_range_int()
    {
        var error = Assert.Throws<ScalarCoercionException>(() => Scalars.Int.ParseLiteral(new IntValueNode("2147483648")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", error.Message);
    }

    public static TheoryData<string, object, string> Literals => new()
    {
        { "Int", 5, "5" },
        { "Float", 2.0, "2" },
        { "Float", 2.5, "2.5" },
        { "ID", "17", "17" },
        { "ID", "017", "\"017\"" },
        { "ID", "a", "\"a\"" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void ToLiteral_writes_the_canonical_literal(string scalar, object value, string expected)
    {
        var literal = ScalarNamed(scalar).ToLiteral(value);
        var text = literal switch
        {
            IntValueNode intNode => intNode.Value,
            FloatValueNode floatNode => floatNode.Value,
            StringValueNode stringNode => "\"" + stringNode.Value + "\"",
            _ => literal.Kind.ToString(),
        };
        Assert.Equal(expected, text);
    }

    private static ScalarType ScalarNamed(string name) => Scalars.Specified.Single(scalar => scalar.Name == name);
}
