using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Utilities;

/// <summary>astFromValue: internal .NET values written as literals of a given input type.</summary>
public sealed class ValueLiteralsTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build("""
        type Query { a(p: Point, c: Color, when: DateTime): Int }
        input Point { x: Float! y: Float! label: String = "origin" }
        enum Color { RED GREEN }
        scalar DateTime
        """);

    private static GraphQLType TypeOf(string reference) => reference switch
    {
        "Point" => Schema.GetType("Point")!,
        "Color" => Schema.GetType("Color")!,
        "DateTime" => Schema.GetType("DateTime")!,
        _ => throw new ArgumentOutOfRangeException(nameof(reference)),
    };

    private static string? Print(object? value, GraphQLType type) =>
        ValueLiterals.FromValue(value, type) is { } literal ? Printer.Print(literal) : null;

    [Fact]
    public void Scalars_use_their_canonical_literals()
    {
        Assert.Equal("12", Print(12, Scalars.Int));
        Assert.Equal("1.5", Print(1.5, Scalars.Float));
        Assert.Equal("2", Print(2.0, Scalars.Float));
        Assert.Equal("\"a \\\"quoted\\\" text\"", Print("a \"quoted\" text", Scalars.String));
        Assert.Equal("true", Print(true, Scalars.Boolean));
        Assert.Equal("42", Print("42", Scalars.ID));
        Assert.Equal("\"x1\"", Print("x1", Scalars.ID));
        Assert.Equal("\"2024-01-01T00:00:00Z\"", Print(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), TypeOf("DateTime")));
    }

    [Fact]
    public void Nulls_lists_and_non_null_follow_the_type()
    {
        Assert.Equal("null", Print(null, Scalars.Int));
        Assert.Null(Print(null, new NonNullType(Scalars.Int)));
        Assert.Equal("[1, 2]", Print(new[] { 1, 2 }, new ListType(Scalars.Int)));
        Assert.Equal("3", Print(3, new ListType(Scalars.Int)));
    }

    [Fact]
    public void Enums_take_runtime_values_or_names()
    {
        Assert.Equal("GREEN", Print("GREEN", TypeOf("Color")));
        Assert.Throws<ArgumentException>(() => ValueLiterals.FromValue("BLUE", TypeOf("Color")));
    }

    [Fact]
    public void Input_objects_take_dictionaries_or_objects_in_field_order()
    {
        Assert.Equal("{x: 1, y: 2}", Print(new Dictionary<string, object?> { ["y"] = 2.0, ["x"] = 1.0 }, TypeOf("Point")));
        Assert.Equal("{x: 1.5, y: 0, label: \"p\"}", Print(new { X = 1.5, Y = 0.0, Label = "p" }, TypeOf("Point")));
    }

    [Fact]
    public void Scalars_refuse_values_they_cannot_write()
    {
        Assert.Throws<ScalarCoercionException>(() => ValueLiterals.FromValue(1.5, Scalars.Int));
    }

    [Fact]
    public void Normalize_fills_input_defaults_and_canonical_scalars()
    {
        var literal = Parser.ParseConstValue("{y: 2.0, x: 1}");

        Assert.Equal("{x: 1, y: 2, label: \"origin\"}", Printer.Print(ValueLiterals.Normalize(literal, TypeOf("Point"))));
        Assert.Equal("[1]", Printer.Print(ValueLiterals.Normalize(new ListValueNode([new IntValueNode("1")]), new ListType(Scalars.Float))));
    }
}
