using Sermo.GraphQL;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Types;

/// <summary>Invalid schemas and the errors the type-system rules give for them (graphql-js wording).</summary>
public sealed class SchemaValidatorTests
{
    public static TheoryData<string, string> InvalidSchemas => new()
    {
        { "type Mutation { a: Int }", "Query root type must be provided." },
        { "schema { query: Q mutation: Q } type Q { a: Int }", "All root types must be different, \"Q\" type is used as query and mutation root types." },
        { "schema { query: In } input In { a: Int }", "Query root type must be Object type, it cannot be In." },
        { "type Query { a: Unknown }", "Unknown type \"Unknown\"." },
        { "type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\"." },
        { "type Query { a: Int } extend type Missing { b: Int }", "Cannot extend type \"Missing\" because it is not defined." },
        { "type Query { a: Int } enum E { A } extend input E { b: Int }", "Cannot extend non-input object type \"E\"." },
        { "type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once." },
        { "type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "type Query { a: Int } type __Custom { a: Int }", "Name \"__Custom\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "type Query { a: In } input In { a: Int }", "The type of Query.a must be Output Type but got: In." },
        { "type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query." },
        { "type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated." },
        { "type Query { a: Int } input In { x: Int! @deprecated }", "Required input field In.x cannot be deprecated." },
        { "type Query { a: Int } directive @d(x: Int! @deprecated) on FIELD", "Required argument @d(x:) cannot be deprecated." },
        { "type Query { a: Int } directive @d(x: Query) on FIELD", "The type of @d(x:) must be Input Type but got: Query." },
        { "type Query { a: I } interface I { a: Int } type T implements I { b: Int }", "Interface field I.a expected but T does not provide it." },
        { "type Query { a: I } interface I { a: Int } type T implements I { a: String }", "Interface field I.a expects type Int but T.a is type String." },
        { "type Query { a: I } interface I { a(x: Int): Int } type T implements I { a: Int }", "Interface field argument I.a(x:) expected but T.a does not provide it." },
        { "type Query { a: I } interface I { a(x: Int): Int } type T implements I { a(x: String): Int }", "Interface field argument I.a(x:) expects type Int but T.a(x:) is type String." },
        { "type Query { a: I } interface I { a: Int } type T implements I { a(y: Int!): Int }", "Object field T.a includes required argument y that is missing from the Interface field I.a." },
        { "type Query { a: J } interface I { a: Int } interface J implements I { a: Int } type T implements J { a: Int }", "Type T must implement I because it is implemented by J." },
        { "type Query { a: I } interface I implements I { a: Int }", "Type I cannot implement itself because it would create a circular reference." },
        { "type Query { a: I } interface I implements J { a: Int } interface J implements I { a: Int }", "Type I cannot implement J because it would create a circular reference." },
        { "type Query { a: I } interface I { a: Int } type T implements I & I { a: Int }", "Type T can only implement I once." },
        { "type Query { a: T } type T implements Query { a: Int }", "Type T must only implement Interface types, it cannot implement Query." },
        { "type Query { a: U } union U = Query | In input In { a: Int }", "Union type U can only include Object types, it cannot include In." },
        { "type Query { a: U } union U = Query | Query", "Union type U can only include type Query once." },
        { "type Query { a: U } union U", "Union type U must define one or more member types." },
        { "type Query { a: E } enum E", "Enum type E must define one or more values." },
        { "type Query { a: Int } type Empty", "Type Empty must define one or more fields." },
        { "type Query { a: Int } input Empty", "Input Object type Empty must define one or more fields." },
        { "type Query { a(x: In): Int } input In { x: Query }", "The type of In.x must be Input Type but got: Query." },
        { "type Query { a(x: In): Int } input In @oneOf { x: Int! y: Int }", "OneOf input field In.x must be nullable." },
        { "type Query { a(x: In): Int } input In @oneOf { x: Int = 1 y: Int }", "OneOf input field In.x cannot have a default value." },
        { "type Query { a(x: A): Int } input A { b: B! } input B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"." },
        { "type Query { a: Int } input Self { me: Self! }", "Cannot reference Input Object \"Self\" within itself through a series of non-null fields: \"me\"." },
    };

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void Invalid_schemas_are_refused_with_the_rule_message(string sdl, string message)
    {
        var error = Assert.Throws<SchemaValidationException>(() => SdlSchemaBuilder.Build(sdl));

        Assert.Contains(message, error.Errors.Select(e => e.Message));
        Assert.All(error.Errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Fact]
    public void Errors_point_at_the_sdl()
    {
        const string sdl = """
            type Query {
              a: Int
            }
            interface I {
              b: String
            }
            type T implements I {
              b: Int
            }
            """;
        var error = Assert.Throws<SchemaValidationException>(() => SdlSchemaBuilder.Build(sdl));

        var mismatch = Assert.Single(error.Errors);
        Assert.Equal([new ErrorLocation(5, 6), new ErrorLocation(8, 6)], mismatch.Locations);
        Assert.Contains("(5:6, 8:6)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_of_self_and_nullable_self_references_are_fine()
    {
        var schema = SdlSchemaBuilder.Build("type Query { a(x: A): Int } input A { self: A list: [A!]! }");

        Assert.Empty(SchemaValidator.Validate(schema));
    }

    [Fact]
    public void Covariant_field_types_satisfy_an_interface()
    {
        var schema = SdlSchemaBuilder.Build("""
            type Query { a: I }
            interface I { next: I list: [I] value: Int }
            type T implements I { next: T! list: [T!]! value: Int! }
            """);

        Assert.Empty(SchemaValidator.Validate(schema));
    }
}
