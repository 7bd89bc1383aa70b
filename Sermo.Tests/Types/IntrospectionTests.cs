using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Types;

/// <summary>The introspection types' resolvers read the type-system model (spec 4.2).</summary>
public sealed class IntrospectionTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build("""
        type Query {
          node(id: ID!, depth: Int = 2 @deprecated(reason: "unused")): Node
          old: String @deprecated
          kind: Kind
        }
        interface Node { id: ID! }
        type Doc implements Node { id: ID! }
        enum Kind { A B @deprecated }
        input Filter { a: [Int!] = [1, 2] b: String }
        input Choice @oneOf { a: Int b: String }
        type Mutation { set(filter: Filter, choice: Choice): Boolean }
        scalar Url @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3986")
        directive @tag(name: String!) repeatable on FIELD_DEFINITION
        """);

    private static Task<object?> Resolve(ObjectType type, string field, object? parent, Dictionary<string, object?>? arguments = null) =>
        FakeResolverContext.ResolveAsync(Schema, type, field, parent, arguments);

    [Fact]
    public async Task Schema_lists_types_roots_and_directives()
    {
        var types = (IEnumerable<NamedType>)(await Resolve(Introspection.SchemaType, "types", Schema))!;
        Assert.Contains(types, type => type.Name == "__Directive");
        Assert.Same(Schema.QueryType, await Resolve(Introspection.SchemaType, "queryType", Schema));
        Assert.Null(await Resolve(Introspection.SchemaType, "subscriptionType", Schema));
        var directives = (IEnumerable<DirectiveDefinition>)(await Resolve(Introspection.SchemaType, "directives", Schema))!;
        Assert.Contains(directives, directive => directive.Name == "tag" && directive.IsRepeatable);
    }

    [Fact]
    public async Task Type_fields_hide_deprecated_unless_asked()
    {
        var query = Schema.QueryType!;
        var visible = (IEnumerable<OutputField>)(await Resolve(Introspection.TypeType, "fields", query))!;
        Assert.Equal(["node", "kind"], visible.Select(field => field.Name));
        var all = (IEnumerable<OutputField>)(await Resolve(Introspection.TypeType, "fields", query, new() { ["includeDeprecated"] = true }))!;
        Assert.Equal(["node", "old", "kind"], all.Select(field => field.Name));

        var node = query.Fields["node"]!;
        var arguments = (IEnumerable<InputValue>)(await Resolve(Introspection.FieldType, "args", node))!;
        Assert.Equal(["id"], arguments.Select(argument => argument.Name));
        var enumValues = (IEnumerable<EnumValue>)(await Resolve(Introspection.TypeType, "enumValues", Schema.GetType("Kind")))!;
        Assert.Equal(["A"], enumValues.Select(value => value.Name));
    }

    [Fact]
    public async Task Kinds_wrappers_and_per_kind_fields()
    {
        var nodeField = Schema.QueryType!.Fields["node"]!;
        var idType = nodeField.Arguments["id"]!.Type;
        Assert.Equal(TypeKind.NonNull, await Resolve(Introspection.TypeType, "kind", idType));
        Assert.Same(Schema.GetType("ID"), await Resolve(Introspection.TypeType, "ofType", idType));
        Assert.Null(await Resolve(Introspection.TypeType, "name", idType));
        Assert.Null(await Resolve(Introspection.TypeType, "fields", Schema.GetType("Kind")));
        var possible = (IEnumerable<ObjectType>)(await Resolve(Introspection.TypeType, "possibleTypes", Schema.GetType("Node")))!;
        Assert.Equal(["Doc"], possible.Select(type => type.Name));
        Assert.Equal(true, await Resolve(Introspection.TypeType, "isOneOf", Schema.GetType("Choice")));
        Assert.Equal(false, await Resolve(Introspection.TypeType, "isOneOf", Schema.GetType("Filter")));
        Assert.Null(await Resolve(Introspection.TypeType, "isOneOf", Schema.QueryType));
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3986", await Resolve(Introspection.TypeType, "specifiedByURL", Schema.GetType("Url")));
        Assert.Equal("OBJECT", Introspection.TypeKindType.FindByRuntimeValue(TypeKind.Object)?.Name);
        Assert.Equal("INPUT_OBJECT", Introspection.TypeKindType.FindByRuntimeValue(TypeKind.InputObject)?.Name);
    }

    [Fact]
    public async Task Input_values_print_defaults_and_deprecation()
    {
        var filter = (InputObjectType)Schema.GetType("Filter")!;
        Assert.Equal("[1, 2]", await Resolve(Introspection.InputValueType, "defaultValue", filter.Fields["a"]));
        Assert.Null(await Resolve(Introspection.InputValueType, "defaultValue", filter.Fields["b"]));
        var depth = Schema.QueryType!.Fields["node"]!.Arguments["depth"]!;
        Assert.Equal("2", await Resolve(Introspection.InputValueType, "defaultValue", depth));
        Assert.Equal(true, await Resolve(Introspection.InputValueType, "isDeprecated", depth));
        Assert.Equal("unused", await Resolve(Introspection.InputValueType, "deprecationReason", depth));
    }

    [Fact]
    public async Task Meta_fields_read_the_schema_from_the_context()
    {
        var context = new FakeResolverContext(Schema, null, new Dictionary<string, object?> { ["name"] = "Doc" });
        Assert.Same(Schema.GetType("Doc"), await Introspection.TypeField.Resolver!(context));
        Assert.Same(Schema, await Introspection.SchemaField.Resolver!(context));
        Assert.Equal("Query", await Introspection.TypeNameField.Resolver!(context));
    }

    [Fact]
    public void Introspection_types_are_shared_and_printed_by_graphql_js_shape()
    {
        var other = SdlSchemaBuilder.Build("type Query { a: Int }");
        Assert.Same(Schema.GetType("__Type"), other.GetType("__Type"));
        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            Introspection.TypeType.Fields.Select(field => field.Name));
        Assert.Equal("[__Field!]", Introspection.TypeType.Fields["fields"]!.Type.ToString());
        Assert.Equal("Boolean", Introspection.TypeType.Fields["fields"]!.Arguments["includeDeprecated"]!.Type.ToString());
    }
}
