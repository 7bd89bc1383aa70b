using System.ComponentModel;
using System.Runtime.CompilerServices;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Types.ScalarTypes;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Types;

/// <summary>The code-first builder: C# types, attributes and descriptors in, schema and compiled resolvers out.</summary>
public sealed class CodeFirstSchemaBuilderTests
{
    public enum CaseStatus
    {
        Open,
        InReview,
        [Obsolete("Use InReview.")]
        Pending,
        HTTPError,
    }

    public interface INode
    {
        [GraphQLField]
        string Id { get; }
    }

    [GraphQLUnion]
    public interface ISearchResult;

    [Description("A physician who answers cases.")]
    public sealed class Physician : INode, ISearchResult
    {
        public required string Id { get; init; }

        [GraphQLField]
        public required string Name { get; init; }

        [GraphQLField]
        public string? Bio { get; init; }

        [GraphQLField]
        public int Rank { get; init; }

        [GraphQLField]
        public double? Score { get; init; }

        [GraphQLField]
        public IReadOnlyList<string> Tags { get; init; } = [];

        [GraphQLField]
        public List<string?>? Nicknames { get; init; }

        [GraphQLField]
        [Obsolete]
        public string? Fax { get; init; }

        public string Secret { get; init; } = "";

        [GraphQLField]
        [GraphQLName("speciality")]
        public string Specialty { get; init; } = "";

        [GraphQLField]
        public string Greeting(string salutation = "Dear") => $"{salutation} {Name}";

        public string Revise() => "revised";
    }

    public sealed class MedicalCase : INode, ISearchResult
    {
        public required string Id { get; init; }

        [GraphQLField]
        public CaseStatus Status { get; init; }
    }

    public sealed record NewCaseInput(string Title, CaseStatus Status = CaseStatus.Open, IReadOnlyList<string>? Tags = null);

    public sealed class CaseFilter
    {
        public string? TitleContains { get; set; }

        [DefaultValue(10)]
        public int First { get; set; } = 10;
    }

    [OneOf]
    public sealed class CaseLookup
    {
        public string? ById { get; set; }
        public string? ByTitle { get; set; }
    }

    public sealed class Directory
    {
        public List<Physician> Physicians { get; } =
        [
            new() { Id = "p1", Name = "Ada", Tags = ["cardiology"] },
            new() { Id = "p2", Name = "Grace", Bio = "Surgeon" },
        ];
    }

    public sealed class Query
    {
        [GraphQLField]
        public Physician? Physician(string id, [Service] Directory directory) => directory.Physicians.FirstOrDefault(p => p.Id == id);

        [GraphQLField]
        public async Task<IReadOnlyList<Physician>> GetPhysiciansAsync([Service] Directory directory, CancellationToken cancellationToken)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return directory.Physicians;
        }

        [GraphQLField]
        public ValueTask<int> CountAsync([Service] Directory directory) => ValueTask.FromResult(directory.Physicians.Count);

        [GraphQLField]
        public INode? Node(string id, [Service] Directory directory) => directory.Physicians.FirstOrDefault(p => p.Id == id);

        [GraphQLField]
        public IEnumerable<ISearchResult> Search(string term) => [new MedicalCase { Id = "c1", Status = CaseStatus.InReview }];

        [GraphQLField]
        public string Filtered(CaseFilter filter) => $"{filter.TitleContains}:{filter.First}";

        [GraphQLField]
        public string Lookup(CaseLookup by) => by.ById ?? by.ByTitle ?? "none";

        [GraphQLField]
        public string Echo(int[] numbers, List<CaseStatus> statuses, long big, float ratio) =>
            $"{string.Join(",", numbers)}|{string.Join(",", statuses)}|{big}|{ratio}";

        [GraphQLField]
        public string FieldName(IResolverContext context) => context.Field.Name;

        [GraphQLField]
        [GraphQLType(typeof(NonNull<IdType>))]
        public Guid Key([GraphQLType("ID!")] Guid key) => key;
    }

    public sealed record Rating([property: GraphQLField] int Score, [property: GraphQLField] string? Comment)
    {
        public bool TryGetBadge(out string badge)
        {
            badge = Score > 4 ? "star" : "";
            return badge.Length > 0;
        }
    }

    public sealed class Mutation
    {
        [GraphQLField]
        public Rating Rate(int score) => new(score, null);

        [GraphQLField]
        public MedicalCase OpenCase(NewCaseInput input) => new() { Id = input.Title, Status = input.Status };
    }

    public sealed class Subscription
    {
        [GraphQLField]
        public async IAsyncEnumerable<MedicalCase> CaseOpened([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            yield return new MedicalCase { Id = "c9", Status = CaseStatus.Open };
        }

        public async IAsyncEnumerable<int> Ticks()
        {
            await Task.Yield();
            yield return 1;
            yield return 2;
        }

        [Subscribe(nameof(Ticks))]
        [GraphQLField]
        public string TickLabel([Parent] int tick, string prefix = "tick") => $"{prefix}-{tick}";
    }

    private static Schema BuildSchema() => new SchemaBuilder()
        .AddQueryType<Query>()
        .AddMutationType<Mutation>()
        .AddSubscriptionType<Subscription>()
        .AddType<Physician>()
        .AddType<MedicalCase>()
        .Build();

    private static readonly ServiceMap Services = new(new Directory());

    [Fact]
    public void Classes_become_types_with_conventional_names_and_nullability()
    {
        var schema = BuildSchema();
        var physician = (ObjectType)schema.GetType("Physician")!;

        Assert.Equal("A physician who answers cases.", physician.Description);
        Assert.Equal("String!", physician.Fields["name"]!.Type.ToString());
        Assert.Equal("String", physician.Fields["bio"]!.Type.ToString());
        Assert.Equal("Int!", physician.Fields["rank"]!.Type.ToString());
        Assert.Equal("Float", physician.Fields["score"]!.Type.ToString());
        Assert.Equal("[String!]!", physician.Fields["tags"]!.Type.ToString());
        Assert.Equal("[String]", physician.Fields["nicknames"]!.Type.ToString());
        Assert.Equal(Directives.DefaultDeprecationReason, physician.Fields["fax"]!.DeprecationReason);
        Assert.Null(physician.Fields["secret"]);
        Assert.Null(physician.Fields["revise"]);
        Assert.NotNull(physician.Fields["speciality"]);
        Assert.Equal("String!", physician.Fields["id"]!.Type.ToString());
        Assert.Equal("greeting(salutation: String! = \"Dear\"): String!", FieldSignature(physician, "greeting"));
        Assert.Equal(["Node"], physician.Interfaces.Select(i => i.Name));
    }

    [Fact]
    public void Records_expose_their_marked_properties_and_not_their_generated_members()
    {
        var rating = (ObjectType)BuildSchema().GetType("Rating")!;

        Assert.Equal(["score", "comment"], rating.Fields.Select(field => field.Name));
        Assert.Equal("Int!", rating.Fields["score"]!.Type.ToString());
        Assert.Equal("String", rating.Fields["comment"]!.Type.ToString());
    }

    [Fact]
    public void Marked_methods_become_fields_without_get_and_async_and_with_injected_parameters_hidden()
    {
        var query = BuildSchema().QueryType!;

        Assert.Equal("physicians: [Physician!]!", FieldSignature(query, "physicians"));
        Assert.Equal("count: Int!", FieldSignature(query, "count"));
        Assert.Equal("physician(id: String!): Physician", FieldSignature(query, "physician"));
        Assert.Equal("fieldName: String!", FieldSignature(query, "fieldName"));
        Assert.Equal("echo(numbers: [Int!]!, statuses: [CaseStatus!]!, big: Long!, ratio: Float!): String!", FieldSignature(query, "echo"));
    }

    [Fact]
    public void An_enum_values_name_outside_a_response_is_the_one_the_schema_gives_it()
    {
        var type = Assert.IsType<EnumType>(BuildSchema().GetType("CaseStatus"));
        foreach (var status in Enum.GetValues<CaseStatus>())
            Assert.Equal(type.FindByRuntimeValue(status)?.Name, EnumValueNames.Of(status));
        Assert.Equal("HTTP_ERROR", EnumValueNames.Of(CaseStatus.HTTPError));
        Assert.Throws<ArgumentOutOfRangeException>(() => EnumValueNames.Of((CaseStatus)99));
    }

    [Fact]
    public void Enums_inputs_interfaces_and_unions_print_as_expected_sdl()
    {
        var printed = SchemaPrinter.Print(BuildSchema());

        Assert.Contains("""
            enum CaseStatus {
              OPEN
              IN_REVIEW
              PENDING @deprecated(reason: "Use InReview.")
              HTTP_ERROR
            }
            """, printed, StringComparison.Ordinal);
        Assert.Contains("""
            input NewCaseInput {
              title: String!
              status: CaseStatus! = OPEN
              tags: [String!] = null
            }
            """, printed, StringComparison.Ordinal);
        Assert.Contains("""
            input CaseFilterInput {
              titleContains: String
              first: Int! = 10
            }
            """, printed, StringComparison.Ordinal);
        Assert.Contains("""
            input CaseLookupInput @oneOf {
              byId: String
              byTitle: String
            }
            """, printed, StringComparison.Ordinal);
        Assert.Contains("union SearchResult = Physician | MedicalCase", printed, StringComparison.Ordinal);
        Assert.Contains("""
            interface Node {
              id: String!
            }
            """, printed, StringComparison.Ordinal);
        Assert.Contains("type MedicalCase implements Node {", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compiled_resolvers_bind_arguments_services_and_cancellation()
    {
        var schema = BuildSchema();
        var query = schema.QueryType!;

        var found = await FakeResolverContext.ResolveAsync(schema, query, "physician", null, new Dictionary<string, object?> { ["id"] = "p2" }, Services);
        Assert.Equal("Grace", Assert.IsType<Physician>(found).Name);
        var all = await FakeResolverContext.ResolveAsync(schema, query, "physicians", null, services: Services);
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyList<Physician>>(all).Count);
        Assert.Equal(2, await FakeResolverContext.ResolveAsync(schema, query, "count", null, services: Services));
        Assert.Equal("fieldName", await FakeResolverContext.ResolveAsync(schema, query, "fieldName", null));

        var physician = (ObjectType)schema.GetType("Physician")!;
        var ada = new Physician { Id = "p1", Name = "Ada" };
        Assert.Equal("Ada", await FakeResolverContext.ResolveAsync(schema, physician, "name", ada));
        Assert.Equal("Dear Ada", await FakeResolverContext.ResolveAsync(schema, physician, "greeting", ada));
        Assert.Equal("Hi Ada", await FakeResolverContext.ResolveAsync(schema, physician, "greeting", ada, new Dictionary<string, object?> { ["salutation"] = "Hi" }));
    }

    [Fact]
    public async Task Arguments_convert_from_coerced_values_to_parameter_types()
    {
        var schema = BuildSchema();
        var arguments = new Dictionary<string, object?>
        {
            ["numbers"] = new List<object?> { 1, 2 },
            ["statuses"] = new List<object?> { CaseStatus.Open },
            ["big"] = 5,
            ["ratio"] = 0.5,
        };

        Assert.Equal("1,2|Open|5|0.5", await FakeResolverContext.ResolveAsync(schema, schema.QueryType!, "echo", null, arguments));
    }

    [Fact]
    public async Task A_guid_can_be_exposed_and_taken_as_an_id()
    {
        var schema = BuildSchema();
        var key = Guid.NewGuid();

        Assert.Equal("key(key: ID!): ID!", FieldSignature(schema.QueryType!, "key"));
        var resolved = await FakeResolverContext.ResolveAsync(schema, schema.QueryType!, "key", null, new Dictionary<string, object?> { ["key"] = key.ToString() });
        Assert.Equal(key, resolved);
        Assert.Equal(key.ToString(), Scalars.ID.Serialize(resolved!));
    }

    [Fact]
    public async Task Input_objects_are_created_from_coerced_fields()
    {
        var schema = BuildSchema();
        var input = (InputObjectType)schema.GetType("NewCaseInput")!;
        var created = input.CreateValue!(new Dictionary<string, object?> { ["title"] = "Rash", ["tags"] = new List<object?> { "skin" } });
        Assert.Equal(new NewCaseInput("Rash", CaseStatus.Open, ["skin"]).Title, Assert.IsType<NewCaseInput>(created).Title);
        Assert.Equal(["skin"], ((NewCaseInput)created).Tags);
        Assert.Equal(CaseStatus.Open, ((NewCaseInput)created).Status);

        var filter = (InputObjectType)schema.GetType("CaseFilterInput")!;
        var filterValue = filter.CreateValue!(new Dictionary<string, object?> { ["titleContains"] = "x", ["first"] = 3 });
        Assert.Equal("x:3", await FakeResolverContext.ResolveAsync(schema, schema.QueryType!, "filtered", null, new Dictionary<string, object?> { ["filter"] = filterValue }));
        // A value still in dictionary form is turned into the input class on the way in.
        Assert.Equal("x:10", await FakeResolverContext.ResolveAsync(schema, schema.QueryType!, "filtered", null,
            new Dictionary<string, object?> { ["filter"] = new Dictionary<string, object?> { ["titleContains"] = "x" } }));
    }

    [Fact]
    public async Task Abstract_types_resolve_by_runtime_type()
    {
        var schema = BuildSchema();
        var node = (InterfaceType)schema.GetType("Node")!;
        var union = (UnionType)schema.GetType("SearchResult")!;
        var context = new FakeResolverContext(schema, null);

        Assert.Equal("Physician", node.ResolveType!(new Physician { Id = "1", Name = "A" }, context)?.Name);
        Assert.Equal("MedicalCase", union.ResolveType!(new MedicalCase { Id = "c" }, context)?.Name);
        Assert.Null(union.ResolveType!("not a member", context));
        Assert.Equal(["Physician", "MedicalCase"], schema.GetPossibleTypes(node).Select(t => t.Name));
        var results = await FakeResolverContext.ResolveAsync(schema, schema.QueryType!, "search", null, new Dictionary<string, object?> { ["term"] = "x" });
        Assert.IsType<MedicalCase>(Assert.Single(Assert.IsAssignableFrom<IEnumerable<ISearchResult>>(results)));
    }

    [Fact]
    public async Task Subscriptions_stream_events_and_resolve_each_one()
    {
        var schema = BuildSchema();
        var subscription = schema.SubscriptionType!;
        var opened = subscription.Fields["caseOpened"]!;
        Assert.Equal("MedicalCase!", opened.Type.ToString());

        var stream = await opened.Subscriber!(new FakeResolverContext(schema, null) { ObjectType = subscription, Field = opened });
        var events = new List<object?>();
        await foreach (var item in stream)
            events.Add(item);
        var medicalCase = Assert.IsType<MedicalCase>(Assert.Single(events));
        Assert.Same(medicalCase, await opened.Resolver!(new FakeResolverContext(schema, medicalCase) { ObjectType = subscription, Field = opened }));

        var label = subscription.Fields["tickLabel"]!;
        Assert.Null(subscription.Fields["ticks"]);
        var ticks = new List<object?>();
        await foreach (var tick in await label.Subscriber!(new FakeResolverContext(schema, null) { ObjectType = subscription, Field = label }))
            ticks.Add(tick);
        Assert.Equal([1, 2], ticks);
        Assert.Equal("tick-2", await FakeResolverContext.ResolveAsync(schema, subscription, "tickLabel", 2));
    }

    [Fact]
    public async Task Descriptors_rename_retype_add_fields_and_wrap_middleware()
    {
        var calls = new List<string>();
        FieldMiddleware Record(string name) => next => async context =>
        {
            calls.Add(name);
            return await next(context);
        };

        var schema = new SchemaBuilder()
            .AddQueryType(q => q
                .Field("hello").Type("String!").Argument("name", "String", defaultValue: "world")
                .Resolve(context => $"hello {context.Arguments["name"]}")
                .Use(Record("field")))
            .AddObjectType<Physician>(t => t
                .Name("Doctor")
                .Metadata("policy", "staff")
                .Field(p => p.Id).Type("ID!"))
            .AddType<Physician>()
            .UseFieldMiddleware(Record("schema"))
            .Build();
        var query = schema.QueryType!;

        Assert.Equal("hello(name: String = \"world\"): String!", FieldSignature(query, "hello"));
        var doctor = (ObjectType)schema.GetType("Doctor")!;
        Assert.Equal("ID!", doctor.Fields["id"]!.Type.ToString());
        Assert.Equal("staff", doctor.Metadata["policy"]);

        var hello = query.Fields["hello"]!;
        FieldResolver pipeline = hello.Resolver!;
        for (var i = hello.Middleware.Count - 1; i >= 0; i--)
            pipeline = hello.Middleware[i](pipeline);
        var result = await pipeline(new FakeResolverContext(schema, null, new Dictionary<string, object?> { ["name"] = "you" }) { Field = hello });
        Assert.Equal("hello you", result);
        Assert.Equal(["schema", "field"], calls);
    }

    [Fact]
    public async Task ResolveWith_infers_type_and_arguments_from_the_delegate()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("sum").ResolveWith((int a, int b) => a + b))
            .Build();

        Assert.Equal("sum(a: Int!, b: Int!): Int!", FieldSignature(schema.QueryType!, "sum"));
        Assert.Equal(5, await FakeResolverContext.ResolveAsync(schema, schema.QueryType!, "sum", null, new Dictionary<string, object?> { ["a"] = 2, ["b"] = 3 }));
    }

    [Fact]
    public async Task A_descriptor_gives_a_subscription_its_stream_and_the_event_is_the_value()
    {
        static async IAsyncEnumerable<object?> Numbers()
        {
            await Task.Yield();
            yield return 7;
        }

        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("ok").Type("Boolean!").Resolve(_ => true))
            .AddSubscriptionType(s => s.Field("numbers").Type("Int!").Subscribe(_ => ValueTask.FromResult(Numbers())))
            .Build();
        var numbers = schema.SubscriptionType!.Fields["numbers"]!;

        var received = new List<object?>();
        await foreach (var item in await numbers.Subscriber!(new FakeResolverContext(schema, null)))
            received.Add(item);
        Assert.Equal([7], received);
        Assert.Equal(7, await numbers.Resolver!(new FakeResolverContext(schema, 7)));
    }

    public sealed class BadQuery
    {
        [GraphQLField]
        public object Anything => new();

        [GraphQLField]
        [GraphQLType("Missing!")]
        public string Named => "";

        [GraphQLField]
        public IAsyncEnumerable<int> NotASubscription() => throw new NotSupportedException();

        [GraphQLField]
        public void Nothing()
        {
        }

        [GraphQLDescription("Described, but never made a field.")]
        public string Forgotten => "";
    }

    [Fact]
    public void Problems_are_reported_together_at_build()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddQueryType<BadQuery>().Build());

        Assert.Equal(
            [
                "BadQuery.Forgotten has GraphQL attributes but is not a field: mark it [GraphQLField] or name it with Field(x => x.Forgotten).",
                "Query.anything: the .NET type Object has no GraphQL type; map it with AddScalar or give the type with [GraphQLType].",
                "Query.notASubscription: only subscription fields may return IAsyncEnumerable (from BadQuery.NotASubscription).",
                "Query.nothing: BadQuery.Nothing cannot be a field: it must return a value and take no generic, ref or out parameters.",
                "Query.named: Unknown type \"Missing\".",
            ],
            error.Errors.Select(e => e.Message));
    }

    public sealed class NameClashQuery
    {
        [GraphQLField]
        public Physician? A => null;

        [GraphQLField]
        public Other.Physician? B => null;
    }

    [Fact]
    public void Two_classes_of_one_name_are_refused()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddQueryType<NameClashQuery>().Build());

        Assert.Contains("Two types are named \"Physician\"", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_validator_runs_at_build()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddMutationType<Mutation>().Build());

        Assert.Contains("Query root type must be provided.", error.Errors.Select(e => e.Message));
    }

    private static string FieldSignature(ComplexType type, string fieldName)
    {
        var field = type.Fields[fieldName] ?? throw new ArgumentException($"{type.Name} has no field {fieldName}.", nameof(fieldName));
        var arguments = field.Arguments.Count == 0 ? "" : "(" + string.Join(", ", field.Arguments.Select(a =>
            $"{a.Name}: {a.Type}" + (a.DefaultValue is { } value ? " = " + Sermo.GraphQL.Language.Printer.Print(value) : ""))) + ")";
        return $"{field.Name}{arguments}: {field.Type}";
    }

    public static class Other
    {
        public sealed class Physician
        {
            [GraphQLField]
            public int Id { get; init; }
        }
    }
}
