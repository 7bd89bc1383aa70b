using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Types;

/// <summary>Schemas from both builders, run through the executor: resolvers, coercion, abstract types,
/// introspection and subscriptions as a client sees them.</summary>
public sealed class EndToEndExecutionTests
{
    public enum Specialty
    {
        Cardiology,
        GeneralPractice,
    }

    public interface INode
    {
        [GraphQLField]
        string Id { get; }
    }

    public sealed class Physician : INode
    {
        public required string Id { get; init; }

        [GraphQLField]
        public required string Name { get; init; }

        [GraphQLField]
        public Specialty Specialty { get; init; }

        [GraphQLField]
        public DateTimeOffset JoinedAt { get; init; }

        /// <summary>Each physician's mentor through one batched load for the whole response.</summary>
        [GraphQLField]
        public Task<Physician?> Mentor(MentorLoader loader) => loader.LoadAsync(Id);

        [GraphQLField]
        public async Task<IReadOnlyList<Physician>> Colleagues([Service] Registry registry, int first = 1)
        {
            await Task.Yield();
            return registry.Physicians.Where(p => p.Id != Id).Take(first).ToList();
        }
    }

    public sealed class Poll : INode
    {
        public required string Id { get; init; }

        [GraphQLField]
        public required string Question { get; init; }
    }

    public sealed class MentorLoader(Registry registry) : DataLoader<string, Physician>
    {
        protected override Task<IReadOnlyDictionary<string, Physician>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            registry.Batches.Add(keys.Count);
            IReadOnlyDictionary<string, Physician> mentors = keys.Where(key => key != "p1").ToDictionary(key => key, _ => registry.Physicians[0]);
            return Task.FromResult(mentors);
        }
    }

    public sealed record PhysicianFilter(Specialty? Specialty = null, string? NameContains = null);

    public sealed class Registry
    {
        public List<int> Batches { get; } = [];

        public List<Physician> Physicians { get; } =
        [
            new() { Id = "p1", Name = "Ada", Specialty = Specialty.Cardiology, JoinedAt = new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)) },
            new() { Id = "p2", Name = "Grace", Specialty = Specialty.GeneralPractice },
            new() { Id = "p3", Name = "Alan", Specialty = Specialty.Cardiology },
        ];
    }

    public sealed class Query
    {
        [GraphQLField]
        public IEnumerable<Physician> Physicians([Service] Registry registry, PhysicianFilter? filter = null) =>
            registry.Physicians.Where(p => (filter?.Specialty is null || p.Specialty == filter.Specialty)
                && (filter?.NameContains is null || p.Name.Contains(filter.NameContains, StringComparison.Ordinal)));

        [GraphQLField]
        public INode? Node(string id, [Service] Registry registry) =>
            id.StartsWith('q') ? new Poll { Id = id, Question = "Coffee?" } : registry.Physicians.FirstOrDefault(p => p.Id == id);
    }

    public sealed class Subscription
    {
        [GraphQLField]
        public async IAsyncEnumerable<Physician> PhysicianJoined([Service] Registry registry)
        {
            foreach (var physician in registry.Physicians.Take(2))
            {
                await Task.Yield();
                yield return physician;
            }
        }
    }

    private static readonly Registry Services = new();

    private static RequestExecutor CodeFirstExecutor() => new(new SchemaBuilder()
        .AddQueryType<Query>()
        .AddSubscriptionType<Subscription>()
        .AddType<Poll>()
        .Build());

    private static async Task<string> RunAsync(IRequestExecutor executor, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = new ServiceMap(Services) });
        return ResultJsonWriter.ToJson(Assert.IsType<OperationResult>(result));
    }

    [Fact]
    public async Task Code_first_fields_arguments_inputs_and_enums_execute()
    {
        var json = await RunAsync(CodeFirstExecutor(), """
            query ($filter: PhysicianFilterInput) {
              physicians(filter: $filter) { name specialty joinedAt colleagues(first: 1) { id } }
            }
            """, new Dictionary<string, object?> { ["filter"] = new Dictionary<string, object?> { ["specialty"] = "CARDIOLOGY", ["nameContains"] = "Ad" } });

        Assert.Equal("""{"data":{"physicians":[{"name":"Ada","specialty":"CARDIOLOGY","joinedAt":"2020-01-02T01:04:05Z","colleagues":[{"id":"p2"}]}]}}""", json);
    }

    [Fact]
    public async Task DataLoader_parameters_share_one_batch_per_request()
    {
        var services = new Registry();
        var result = await CodeFirstExecutor().ExecuteAsync(new GraphQLRequest { Query = "{ physicians { id mentor { name } } }", Services = new ServiceMap(services) });

        Assert.Equal("""{"data":{"physicians":[{"id":"p1","mentor":null},{"id":"p2","mentor":{"name":"Ada"}},{"id":"p3","mentor":{"name":"Ada"}}]}}""",
            ResultJsonWriter.ToJson(Assert.IsType<OperationResult>(result)));
        Assert.Equal([3], services.Batches);
    }

    [Fact]
    public async Task Interfaces_resolve_the_runtime_type()
    {
        var json = await RunAsync(CodeFirstExecutor(), """
            { a: node(id: "p2") { __typename id ... on Physician { name } } b: node(id: "q1") { __typename ... on Poll { question } } }
            """);

        Assert.Equal("""{"data":{"a":{"__typename":"Physician","id":"p2","name":"Grace"},"b":{"__typename":"Poll","question":"Coffee?"}}}""", json);
    }

    [Fact]
    public async Task Bad_input_is_a_clear_error()
    {
        var json = await RunAsync(CodeFirstExecutor(), """{ physicians(filter: { specialty: SURGERY }) { name } }""");

        Assert.Contains("SURGERY", json, StringComparison.Ordinal);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_stream_one_result_per_event()
    {
        var executor = CodeFirstExecutor();
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { physicianJoined { name } }", Services = new ServiceMap(Services) });
        await using var stream = Assert.IsType<ResponseStream>(result);

        var received = new List<string>();
        await foreach (var item in stream.Results)
            received.Add(ResultJsonWriter.ToJson(item));

        Assert.Equal(["""{"data":{"physicianJoined":{"name":"Ada"}}}""", """{"data":{"physicianJoined":{"name":"Grace"}}}"""], received);
    }

    [Fact]
    public async Task Introspection_describes_an_sdl_schema()
    {
        var options = new SdlBuildOptions();
        options.Resolvers["Query.greeting"] = context => new ValueTask<object?>($"hello {context.Arguments["name"]}");
        var schema = SdlSchemaBuilder.Build("""
            "Greets."
            type Query {
              greeting(name: String = "you"): String!
              old: Int @deprecated(reason: "gone")
            }
            enum Mood { HAPPY SAD @deprecated }
            input Choice @oneOf { a: Int b: String }
            extend type Query { mood: Mood choose(c: Choice): Int }
            """, options);
        var executor = new RequestExecutor(schema);

        Assert.Equal("""{"data":{"greeting":"hello you"}}""", await RunAsync(executor, "{ greeting }"));
        var json = await RunAsync(executor, """
            {
              __schema { queryType { name description } mutationType { name } }
              query: __type(name: "Query") { fields { name args { name defaultValue } } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              mood: __type(name: "Mood") { kind enumValues(includeDeprecated: true) { name isDeprecated } }
              choice: __type(name: "Choice") { kind isOneOf inputFields { name type { name kind } } }
              list: __type(name: "String") { kind name specifiedByURL }
            }
            """);

        const string expected = """
            {"data":{"__schema":{"queryType":{"name":"Query","description":"Greets."},"mutationType":null},
            "query":{"fields":[{"name":"greeting","args":[{"name":"name","defaultValue":"\"you\""}]},{"name":"mood","args":[]},{"name":"choose","args":[{"name":"c","defaultValue":null}]}],
            "all":[{"name":"greeting","isDeprecated":false,"deprecationReason":null},{"name":"old","isDeprecated":true,"deprecationReason":"gone"},{"name":"mood","isDeprecated":false,"deprecationReason":null},{"name":"choose","isDeprecated":false,"deprecationReason":null}]},
            "mood":{"kind":"ENUM","enumValues":[{"name":"HAPPY","isDeprecated":false},{"name":"SAD","isDeprecated":true}]},
            "choice":{"kind":"INPUT_OBJECT","isOneOf":true,"inputFields":[{"name":"a","type":{"name":"Int","kind":"SCALAR"}},{"name":"b","type":{"name":"String","kind":"SCALAR"}}]},
            "list":{"kind":"SCALAR","name":"String","specifiedByURL":null}}}
            """;
        Assert.Equal(expected.ReplaceLineEndings(""), json);
    }
}
