using System.Text.Json;
using Sermo.GraphQL.Types;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>How interface and union values find their concrete type: type resolver, IsTypeOf, bound CLR type,
/// or the value's own <c>__typename</c>.</summary>
public class AbstractTypeTests
{
    private const string Sdl = """
        interface Pet { name: String }
        type Dog implements Pet { name: String woofs: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        union Animal = Dog | Cat
        type Query { pets: [Pet] animals: [Animal] }
        """;

    private const string Query = "{ pets { __typename name ... on Dog { woofs } ... on Cat { meows } } animals { ... on Dog { name } ... on Cat { meows } } }";

    private const string Expected = "{'data':{'pets':[{'__typename':'Dog','name':'Odie','woofs':true},{'__typename':'Cat','name':'Garfield','meows':false}],'animals':[{'name':'Odie'},{'meows':false}]}}";

    private sealed record Dog(string Name, bool Woofs);

    private sealed record Cat(string Name, bool Meows);

    private static readonly object[] ClrPets = [new Dog("Odie", true), new Cat("Garfield", false)];

    private static Schema PetSchema(object[] pets, Action<GraphQL.Utilities.SdlBuildOptions>? configure = null) => Schema(Sdl, options =>
    {
        options.Resolvers["Query.pets"] = _ => Value(pets);
        options.Resolvers["Query.animals"] = _ => Value(pets);
        configure?.Invoke(options);
    });

    [Fact]
    public async Task Type_resolvers_of_the_interface_and_union_decide()
    {
        var schema = PetSchema(ClrPets, options =>
        {
            TypeResolver byClrType = (value, context) => (ObjectType)context.Schema.GetType(value.GetType().Name)!;
            options.TypeResolvers["Pet"] = byClrType;
            options.TypeResolvers["Animal"] = byClrType;
        });

        Assert.Equal(Json(Expected), await RunAsync(schema, Query));
    }

    [Fact]
    public async Task IsTypeOf_of_the_possible_types_decides_without_a_type_resolver()
    {
        var schema = PetSchema(ClrPets);
        ((ObjectType)schema.GetType("Dog")!).IsTypeOf = value => value is Dog;
        ((ObjectType)schema.GetType("Cat")!).IsTypeOf = value => value is Cat;

        Assert.Equal(Json(Expected), await RunAsync(schema, Query));
    }

    [Fact]
    public async Task A_bound_clr_type_decides()
    {
        var schema = PetSchema(ClrPets);
        ((ObjectType)schema.GetType("Dog")!).RuntimeType = typeof(Dog);
        ((ObjectType)schema.GetType("Cat")!).RuntimeType = typeof(Cat);

        Assert.Equal(Json(Expected), await RunAsync(schema, Query));
    }

    [Fact]
    public async Task A_typename_key_of_dictionary_values_decides()
    {
        object[] pets =
        [
            new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Odie", ["woofs"] = true },
            new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Garfield", ["meows"] = false },
        ];

        Assert.Equal(Json(Expected), await RunAsync(PetSchema(pets), Query));
    }

    [Fact]
    public async Task A_typename_member_of_json_values_decides()
    {
        var schema = Schema(Sdl);
        var root = JsonDocument.Parse("""
            {"pets":[{"__typename":"Dog","name":"Odie","woofs":true},{"__typename":"Cat","name":"Garfield","meows":false}],
             "animals":[{"__typename":"Dog","name":"Odie"},{"__typename":"Cat","meows":false}]}
            """).RootElement;

        Assert.Equal(Json(Expected), await RunAsync(schema, Query, rootValue: root));
    }

    [Fact]
    public async Task A_value_of_no_known_type_is_a_field_error_at_its_list_index()
    {
        var result = await ExecuteAsync(PetSchema(["just a string"]), "{ pets { name } }");

        var pets = Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Data!["pets"]);
        Assert.Null(Assert.Single(pets));
        var error = Assert.Single(result.Errors);
        Assert.Equal(["pets", 0], error.Path);
        Assert.StartsWith("Abstract type \"Pet\" must resolve to an object type at runtime for field \"Query.pets\"", error.Message);
        Assert.Equal("INVALID_RESULT", error.Code);
    }

    [Fact]
    public async Task A_type_resolver_naming_a_type_outside_the_abstract_type_is_a_field_error()
    {
        var schema = Schema(Sdl + " type Fish { name: String }", options =>
        {
            options.Resolvers["Query.pets"] = _ => Value(new[] { "nemo" });
            options.TypeResolvers["Pet"] = (_, context) => (ObjectType)context.Schema.GetType("Fish")!;
        });

        var result = await ExecuteAsync(schema, "{ pets { name } }");

        Assert.Equal("Runtime object type \"Fish\" is not a possible type for \"Pet\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_type_resolver_that_throws_fails_only_its_field()
    {
        var schema = PetSchema(ClrPets, options => options.TypeResolvers["Pet"] = (_, _) => throw new InvalidOperationException("resolver bug"));

        var result = await ExecuteAsync(schema, "{ pets { name } }");

        Assert.Equal([null, null], Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Data!["pets"]));
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal("INTERNAL_SERVER_ERROR", error.Code));
        Assert.Equal(["pets", 1], result.Errors[1].Path);
    }

    [Fact]
    public async Task An_object_value_failing_its_types_IsTypeOf_is_a_field_error()
    {
        var schema = Schema("type Query { dog: Dog } type Dog { name: String }", options => options.Resolvers["Query.dog"] = _ => Value(new Cat("Garfield", true)));
        ((ObjectType)schema.GetType("Dog")!).IsTypeOf = value => value is Dog;

        var result = await ExecuteAsync(schema, "{ dog { name } }");

        Assert.Null(result.Data!["dog"]);
        Assert.StartsWith("Expected value of type \"Dog\" but got: ", Assert.Single(result.Errors).Message);
    }
}
