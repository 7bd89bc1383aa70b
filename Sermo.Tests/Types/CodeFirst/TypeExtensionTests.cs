using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Types.CodeFirst;

/// <summary>One configuration per type, any number of extensions: several parts of an application add fields to
/// one type, and a second configuration or a field declared twice fails the build naming both places.</summary>
public sealed class TypeExtensionTests
{
    public sealed class Physician
    {
        [GraphQLField]
        public required string Id { get; init; }

        [GraphQLField]
        public required string Name { get; init; }
    }

    public sealed record MedicalCase(string Title, string PhysicianId);

    public sealed class CaseFile
    {
        public IReadOnlyList<MedicalCase> Cases { get; } = [new("Rash", "p1"), new("Cough", "p1"), new("Fever", "p2")];
    }

    public sealed class Query
    {
        [GraphQLField]
        public Physician Physician() => new() { Id = "p1", Name = "Ada" };
    }

    public sealed class MedicalCaseType : ObjectTypeConfiguration<MedicalCase>
    {
        public override void Configure(ObjectTypeDescriptor<MedicalCase> type)
        {
            type.Name("Case").Description("A case a physician answers.");
            type.Field(c => c.Title);
        }
    }

    /// <summary>The cases part of the application adds <c>cases</c> to the physicians part's type.</summary>
    public sealed class PhysicianCasesExtension : ObjectTypeExtension<Physician>
    {
        public override void Configure(ObjectTypeDescriptor<Physician> type) =>
            type.Field("cases")
                .Type<NonNull<ListOf<NonNull<MedicalCaseType>>>>()
                .ResolveWith(([Parent] Physician physician, [Service] CaseFile file) => file.Cases.Where(c => c.PhysicianId == physician.Id));
    }

    private static SchemaBuilder Builder() => new SchemaBuilder()
        .AddQueryType<Query>()
        .AddType<MedicalCaseType>()
        .AddType<PhysicianCasesExtension>();

    [Fact]
    public async Task Extensions_from_several_places_add_fields_to_one_type()
    {
        var schema = Builder()
            .ExtendObjectType<Physician>(type => type.Field("caseCount").ResolveWith(([Parent] Physician physician, [Service] CaseFile file) =>
                file.Cases.Count(c => c.PhysicianId == physician.Id)))
            .Build();

        Assert.Contains("""
            type Physician {
              id: String!
              name: String!
              cases: [Case!]!
              caseCount: Int!
            }
            """, SchemaPrinter.Print(schema), StringComparison.Ordinal);
        await using var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ physician { name cases { title } caseCount } }",
            Services = new ServiceMap(new CaseFile()),
        });
        Assert.Equal("""{"data":{"physician":{"name":"Ada","cases":[{"title":"Rash"},{"title":"Cough"}],"caseCount":2}}}""",
            ResultJsonWriter.ToJson(Assert.IsType<OperationResult>(result)));
    }

    public sealed class PhysicianType : ObjectTypeConfiguration<Physician>
    {
        public override void Configure(ObjectTypeDescriptor<Physician> type) => type.Description("A verified physician.");
    }

    private static void RenamePhysicians(ObjectTypeDescriptor<Physician> type) => type.Name("Doctor");

    private static void AddOtherCases(ObjectTypeDescriptor<Physician> type) => type.Field("cases").Type<NonNull<ListOf<NonNull<string>>>>().Resolve(_ => Array.Empty<string>());

    private static void AddName(ObjectTypeDescriptor<Physician> type) => type.Field("name").Type<string>().Resolve(_ => "x");

    private static void ExposeName(ObjectTypeDescriptor<Physician> type) => type.Field(p => p.Name);

    [Fact]
    public void A_second_configuration_of_a_type_fails_naming_both()
    {
        var error = Assert.Throws<SchemaValidationException>(() => Builder().AddType<PhysicianType>().AddObjectType<Physician>(RenamePhysicians).Build());

        Assert.Equal(
            "The type of Physician is configured 2 times: by PhysicianType and by TypeExtensionTests.RenamePhysicians. "
            + "Configure it once and add fields from elsewhere with ExtendObjectType<Physician>(...) or an ObjectTypeExtension<Physician>.",
            Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void A_field_name_given_by_two_extensions_fails_naming_both()
    {
        var error = Assert.Throws<SchemaValidationException>(() => Builder().ExtendObjectType<Physician>(AddOtherCases).Build());

        Assert.Equal("Field \"Physician.cases\" is declared twice: by PhysicianCasesExtension and by TypeExtensionTests.AddOtherCases.",
            Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void An_extension_may_not_take_the_name_of_a_marked_member()
    {
        var error = Assert.Throws<SchemaValidationException>(() => Builder().ExtendObjectType<Physician>(AddName).Build());

        Assert.Equal("Field \"Physician.name\" is declared twice: by [GraphQLField] on Physician.Name and by TypeExtensionTests.AddName.",
            Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void A_member_exposed_by_a_configuration_and_an_extension_fails_naming_both()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .AddQueryType<Query>()
            .AddObjectType<MedicalCase>(type => type.Field(c => c.Title))
            .ExtendObjectType<MedicalCase>(type => type.Field(c => c.Title).Name("heading"))
            .ExtendObjectType<MedicalCase>(type => type.Field(c => c.Title))
            .Build());

        Assert.Contains(error.Errors, e => e.Message.StartsWith("MedicalCase.Title is exposed twice on MedicalCase: by TypeExtensionTests.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_extension_may_neither_rename_the_type_nor_extend_a_type_outside_the_schema()
    {
        var renamed = Assert.Throws<SchemaValidationException>(() => Builder().ExtendObjectType<Physician>(RenamePhysicians).Build());
        var outside = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddQueryType<Query>().ExtendObjectType<CaseFile>(_ => { }).Build());

        Assert.Equal("TypeExtensionTests.RenamePhysicians extends Physician and names or describes it: only the type's configuration may.", Assert.Single(renamed.Errors).Message);
        Assert.Equal("TypeExtensionTests.An_extension_may_neither_rename_the_type_nor_extend_a_type_outside_the_schema extends CaseFile, which is not a type of the schema.",
            Assert.Single(outside.Errors).Message);
    }

    [Fact]
    public void A_member_is_exposed_once_even_when_a_configuration_and_an_attribute_both_name_it()
    {
        var schema = Builder().AddObjectType<Physician>(ExposeName).Build();

        Assert.Equal(["id", "name", "cases"], ((ObjectType)schema.GetType("Physician")!).Fields.Select(field => field.Name));
    }

    private static void AddHello(ObjectTypeDescriptor<object> query) => query.Field("hello").Type<NonNull<string>>().Resolve(_ => "hi");

    private static void AddAnotherHello(ObjectTypeDescriptor<object> query) => query.Field("hello").Type<string>().Resolve(_ => "hey");

    [Fact]
    public void Root_types_take_fields_from_several_extensions_and_refuse_a_name_twice()
    {
        var schema = new SchemaBuilder().AddQueryType().ExtendObjectType("Query", AddHello).ExtendObjectType("Query", q => q.Field("bye").Type<string>().Resolve(_ => "bye")).Build();
        var clash = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddQueryType().ExtendObjectType("Query", AddHello).ExtendObjectType("Query", AddAnotherHello).Build());
        var twice = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddQueryType(AddHello).AddQueryType(AddAnotherHello).Build());

        Assert.Equal(["hello", "bye"], schema.QueryType!.Fields.Select(field => field.Name));
        Assert.Equal("Field \"Query.hello\" is declared twice: by TypeExtensionTests.AddHello and by TypeExtensionTests.AddAnotherHello.", Assert.Single(clash.Errors).Message);
        Assert.StartsWith("The Query type is configured 2 times: by TypeExtensionTests.AddHello and by TypeExtensionTests.AddAnotherHello.", Assert.Single(twice.Errors).Message, StringComparison.Ordinal);
    }
}
