using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Utilities;

/// <summary>SDL in, schema model, SDL out in graphql-js's printSchema format.</summary>
public sealed class SdlSchemaBuilderPrinterTests
{
    private const string RichSdl = """"
        "The partner API"
        schema { query: Root mutation: Changes }

        extend schema { subscription: Events }

        "Marks fields that cost more to resolve."
        directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT

        directive @internal on FIELD_DEFINITION

        type Root {
          "Finds one node by id."
          node(id: ID!): Node
          search(term: String!, first: Int = 10, kinds: [Kind!] = [PHYSICIAN]): [SearchResult!]! @cost(weight: 5)
          since(at: DateTime): Long
          old: String @deprecated
          older: String @deprecated(reason: "Use `new`.")
        }

        type Changes {
          rate(input: RatingInput!): Rating
        }

        type Events {
          rated: Rating!
        }

        interface Node {
          id: ID!
        }

        interface Entity implements Node {
          id: ID!
          createdAt: DateTime!
        }

        type Physician implements Node & Entity {
          id: ID!
          createdAt: DateTime!
          name: String!
        }

        type Rating implements Node {
          id: ID!
          score: Int!
        }

        extend type Rating {
          comment(
            "Cut to this many characters."
            maxLength: Int
          ): String
        }

        union SearchResult = Physician

        extend union SearchResult = Rating

        enum Kind {
          PHYSICIAN
          RATING @deprecated(reason: "Ratings are not searchable.")
        }

        extend enum Kind {
          POLL
        }

        input RatingInput {
          targetId: ID!
          score: Int! = 3
        }

        extend input RatingInput {
          "Free text"
          comment: String
        }

        input RatingFilter @oneOf {
          byScore: Int
          byAuthor: ID
        }

        scalar DateTime

        scalar Money @specifiedBy(url: "https://example.org/money")

        extend scalar Money @internalScalar

        directive @internalScalar on SCALAR

        extend type Root {
          filter(by: RatingFilter): [Rating]
          """
          A description
          on two lines.
          """
          price: Money
        }
        """";

    private const string ExpectedPrint = """"
        """The partner API"""
        schema {
          query: Root
          mutation: Changes
          subscription: Events
        }

        """Marks fields that cost more to resolve."""
        directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT

        directive @internal on FIELD_DEFINITION

        directive @internalScalar on SCALAR

        type Root {
          """Finds one node by id."""
          node(id: ID!): Node
          search(term: String!, first: Int = 10, kinds: [Kind!] = [PHYSICIAN]): [SearchResult!]!
          since(at: DateTime): Long
          old: String @deprecated
          older: String @deprecated(reason: "Use `new`.")
          filter(by: RatingFilter): [Rating]

          """
          A description
          on two lines.
          """
          price: Money
        }

        type Changes {
          rate(input: RatingInput!): Rating
        }

        type Events {
          rated: Rating!
        }

        interface Node {
          id: ID!
        }

        interface Entity implements Node {
          id: ID!
          createdAt: DateTime!
        }

        type Physician implements Node & Entity {
          id: ID!
          createdAt: DateTime!
          name: String!
        }

        type Rating implements Node {
          id: ID!
          score: Int!
          comment(
            """Cut to this many characters."""
            maxLength: Int
          ): String
        }

        union SearchResult = Physician | Rating

        enum Kind {
          PHYSICIAN
          RATING @deprecated(reason: "Ratings are not searchable.")
          POLL
        }

        input RatingInput {
          targetId: ID!
          score: Int! = 3

          """Free text"""
          comment: String
        }

        input RatingFilter @oneOf {
          byScore: Int
          byAuthor: ID
        }

        scalar DateTime

        scalar Money @specifiedBy(url: "https://example.org/money")
        """";

    [Fact]
    public void A_rich_document_with_extensions_prints_back_canonically()
    {
        var schema = SdlSchemaBuilder.Build(RichSdl + "\nscalar Long\n");

        var printed = SchemaPrinter.Print(schema);

        Assert.Equal(ExpectedPrint + "\n\nscalar Long", printed);
    }

    [Fact]
    public void The_model_holds_what_the_directives_say()
    {
        var schema = SdlSchemaBuilder.Build(RichSdl + "\nscalar Long\n");

        Assert.Equal("The partner API", schema.Description);
        Assert.Equal("Events", schema.SubscriptionType?.Name);
        var root = (ObjectType)schema.GetType("Root")!;
        Assert.Equal(Directives.DefaultDeprecationReason, root.Fields["old"]!.DeprecationReason);
        Assert.Equal("Use `new`.", root.Fields["older"]!.DeprecationReason);
        Assert.Equal("cost", Assert.Single(root.Fields["search"]!.AppliedDirectives).Name);
        Assert.True(((InputObjectType)schema.GetType("RatingFilter")!).IsOneOf);
        Assert.Equal("https://example.org/money", ((ScalarType)schema.GetType("Money")!).SpecifiedByUrl);
        Assert.True(schema.GetDirective("cost")!.IsRepeatable);
        Assert.Equal(["Physician", "Rating"], ((UnionType)schema.GetType("SearchResult")!).Types.Select(t => t.Name));
        Assert.Equal(["Node"], ((InterfaceType)schema.GetType("Entity")!).Interfaces.Select(t => t.Name));
        Assert.Equal(["Physician"], schema.GetPossibleTypes((InterfaceType)schema.GetType("Entity")!).Select(t => t.Name));
        Assert.True(schema.IsSubType((InterfaceType)schema.GetType("Node")!, (InterfaceType)schema.GetType("Entity")!));
    }

    [Fact]
    public void Custom_scalars_of_known_names_coerce_like_ours()
    {
        var schema = SdlSchemaBuilder.Build(RichSdl + "\nscalar Long\n");
        var dateTime = (ScalarType)schema.GetType("DateTime")!;

        Assert.Equal("2024-01-01T00:00:00Z", dateTime.Serialize(new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.FromHours(1))));
        Assert.Throws<ScalarCoercionException>(() => dateTime.ParseValue("not a date"));
        var money = (ScalarType)schema.GetType("Money")!;
        Assert.Equal(12.5, money.ParseValue(12.5));
    }

    [Fact]
    public void Only_referenced_specified_scalars_and_always_string_and_boolean_are_in_the_type_map()
    {
        var schema = SdlSchemaBuilder.Build("type Query { count: Int }");

        Assert.NotNull(schema.GetType("Int"));
        Assert.NotNull(schema.GetType("String"));
        Assert.NotNull(schema.GetType("Boolean"));
        Assert.Null(schema.GetType("Float"));
        Assert.Null(schema.GetType("ID"));
        Assert.NotNull(schema.GetType("__Schema"));
        Assert.NotNull(schema.GetType("__TypeKind"));
        Assert.Equal(new[] { "deprecated", "include", "oneOf", "skip", "specifiedBy" }, schema.Directives.Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_a_schema_definition_the_conventional_names_are_the_roots_and_none_is_printed()
    {
        const string sdl = """
            type Query {
              a: String
            }

            type Mutation {
              b(x: Float = 1.0): String
            }
            """;
        var schema = SdlSchemaBuilder.Build(sdl);

        Assert.Equal("Query", schema.QueryType?.Name);
        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Equal(sdl.Replace("= 1.0", "= 1", StringComparison.Ordinal), SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Descriptions_print_as_graphql_js_chooses_block_or_quoted()
    {
        const string sdl = """"
            type Query {
              "  leading spaces keep a one-line block"
              a: String

              "ends with a quote\""
              b: String

              "\nstarts with a newline"
              c: String

              "a very long description that runs past the seventy characters graphql-js allows on one line"
              d: String
            }
            """";
        var printed = SchemaPrinter.Print(SdlSchemaBuilder.Build(sdl));

        const string expected = """"
            type Query {
              """  leading spaces keep a one-line block"""
              a: String

              """
              ends with a quote"
              """
              b: String

              "\nstarts with a newline"
              c: String

              """
              a very long description that runs past the seventy characters graphql-js allows on one line
              """
              d: String
            }
            """";
        Assert.Equal(expected, printed);
    }

    [Fact]
    public void Resolvers_and_type_resolvers_attach_by_coordinate()
    {
        var options = new SdlBuildOptions();
        options.Resolvers["Query.hello"] = _ => new ValueTask<object?>("world");
        options.TypeResolvers["Node"] = (_, _) => null;
        var schema = SdlSchemaBuilder.Build("type Query { hello: String node: Node } interface Node { id: ID! }", options);

        Assert.NotNull(((ObjectType)schema.GetType("Query")!).Fields["hello"]!.Resolver);
        Assert.NotNull(((InterfaceType)schema.GetType("Node")!).ResolveType);
    }

    [Fact]
    public void A_resolver_for_a_missing_field_is_an_error()
    {
        var options = new SdlBuildOptions();
        options.Resolvers["Query.helo"] = _ => new ValueTask<object?>("world");

        var error = Assert.Throws<SchemaValidationException>(() => SdlSchemaBuilder.Build("type Query { hello: String }", options));

        Assert.Equal("Resolvers: the schema has no field \"Query.helo\" (expected \"Type.field\").", Assert.Single(error.Errors).Message);
    }
}
