using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Types.ScalarTypes;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Types.CodeFirst;

/// <summary>Explicit binding: a .NET type exposes only the members its descriptor names or that carry
/// [GraphQLField]; public members nobody named stay out of the schema, introspection and every query.</summary>
public sealed class ExplicitBindingTests
{
    public sealed class Physician
    {
        public required string Id { get; init; }
        public required string Name { get; init; }
        public string PrivateDetails { get; init; } = "12 Home Street";

        public string Revise() => "revised";

        [GraphQLField]
        public string Greeting(string salutation = "Dear") => $"{salutation} {Name}";
    }

    public sealed class Query
    {
        [GraphQLField]
        public Physician Physician() => new() { Id = "p1", Name = "Ada" };

        public string Unmarked() => "never";
    }

    private static Schema BuildSchema() => new SchemaBuilder()
        .AddQueryType<Query>()
        .AddObjectType<Physician>(type =>
        {
            type.Field(p => p.Id).Type<NonNull<IdType>>();
            type.Field(p => p.Name);
            type.Field(p => p.Greeting(default!)).Description("A greeting for letters.");
        })
        .Build();

    private static async Task<string> RunAsync(string query)
    {
        await using var result = await new RequestExecutor(BuildSchema()).ExecuteAsync(new GraphQLRequest { Query = query });
        return ResultJsonWriter.ToJson(Assert.IsType<OperationResult>(result));
    }

    [Fact]
    public void Only_named_and_marked_members_are_fields()
    {
        var schema = BuildSchema();

        Assert.Equal(["greeting", "id", "name"], ((ObjectType)schema.GetType("Physician")!).Fields.Select(field => field.Name));
        Assert.Equal(["physician"], schema.QueryType!.Fields.Select(field => field.Name));
        var printed = SchemaPrinter.Print(schema);
        Assert.DoesNotContain("privateDetails", printed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("revise", printed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unmarked", printed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_descriptor_configures_a_marked_member_without_making_a_second_field()
    {
        var greeting = ((ObjectType)BuildSchema().GetType("Physician")!).Fields["greeting"]!;

        Assert.Equal("A greeting for letters.", greeting.Description);
        Assert.Equal("salutation", Assert.Single(greeting.Arguments).Name);
    }

    [Fact]
    public async Task Unnamed_members_are_absent_from_introspection()
    {
        var json = await RunAsync("""{ __type(name: "Physician") { fields { name } } }""");

        Assert.Equal("""{"data":{"__type":{"fields":[{"name":"greeting"},{"name":"id"},{"name":"name"}]}}}""", json);
    }

    [Theory]
    [InlineData("{ physician { privateDetails } }", "Cannot query field \\\"privateDetails\\\" on type \\\"Physician\\\".")]
    [InlineData("{ physician { revise } }", "Cannot query field \\\"revise\\\" on type \\\"Physician\\\".")]
    [InlineData("{ unmarked }", "Cannot query field \\\"unmarked\\\" on type \\\"Query\\\".")]
    public async Task Unnamed_members_cannot_be_queried(string query, string message)
    {
        var json = await RunAsync(query);

        Assert.Contains(message, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Home Street", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_members_resolve()
    {
        Assert.Equal("""{"data":{"physician":{"id":"p1","name":"Ada","greeting":"Dear Ada"}}}""", await RunAsync("{ physician { id name greeting } }"));
    }

    public interface INamed
    {
        [GraphQLField]
        string Name { get; }
    }

    public sealed class Nurse : INamed
    {
        public string Name => "Mary";
        public string Ward => "7";
    }

    [Fact]
    public async Task Fields_marked_on_a_csharp_interface_are_fields_of_its_implementations()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("nurse").Type<NonNull<Nurse>>().Resolve(_ => new Nurse()))
            .AddType<INamed>()
            .Build();

        Assert.Equal(["name"], ((ObjectType)schema.GetType("Nurse")!).Fields.Select(field => field.Name));
        Assert.Equal(["Named"], ((ObjectType)schema.GetType("Nurse")!).Interfaces.Select(type => type.Name));
        await using var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ nurse { name } }" });
        Assert.Equal("""{"data":{"nurse":{"name":"Mary"}}}""", ResultJsonWriter.ToJson(Assert.IsType<OperationResult>(result)));
    }

    public sealed class Ward
    {
        public string Number => "7";
    }

    [Fact]
    public void A_type_with_no_named_member_has_no_fields_and_fails_validation()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .AddQueryType(q => q.Field("ward").Type<Ward>().Resolve(_ => new Ward()))
            .Build());

        Assert.Contains("Type Ward must define one or more fields.", error.Errors.Select(e => e.Message));
    }
}
