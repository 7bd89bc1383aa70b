using Sermo.GraphQL.Execution;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Execution;

/// <summary>Disposing an executed result gives its objects back for the next responses: those must start empty
/// and correct whatever the previous response held, and a result nobody disposes must stay as it was.</summary>
public class ResultReuseTests
{
    private const string Sdl = """
        type Query { people: [Person!], person(id: ID!): Person, failing: Person }
        type Person { id: ID!, name: String, friends: [Person!], boom: String! }
        """;

    private static readonly Dictionary<string, object?>[] People = Enumerable.Range(1, 6)
        .Select(i => new Dictionary<string, object?> { ["id"] = $"p{i}", ["name"] = $"Person {i}" })
        .ToArray();

    private static RequestExecutor Executor() => new(Schema(Sdl, options =>
    {
        options.Resolvers["Query.people"] = _ => Value(People);
        options.Resolvers["Query.person"] = context => Value(People.FirstOrDefault(p => (string)p["id"]! == (string)context.Arguments["id"]!));
        options.Resolvers["Query.failing"] = _ => Value(People[0]);
        options.Resolvers["Person.friends"] = context => Value(People.Where(p => p != context.Parent).Take(2).ToArray());
        options.Resolvers["Person.boom"] = _ => throw new InvalidOperationException("no boom");
    }));

    private static async Task<OperationResult> RunAsync(RequestExecutor executor, string query) =>
        Assert.IsType<OperationResult>(await executor.ExecuteAsync(new GraphQLRequest { Query = query }));

    [Fact]
    public async Task A_disposed_results_objects_build_the_next_response_which_comes_out_right()
    {
        var executor = Executor();
        var first = await RunAsync(executor, "{ people { id name friends { id } } }");
        var firstObjects = ObjectsOf(first.Data!).ToList();
        await first.DisposeAsync();

        // Another shape and fewer values: reused objects must carry nothing over from the first response.
        var second = await RunAsync(executor, "{ person(id: \"p3\") { name } }");

        Assert.Contains(firstObjects, node => ReferenceEquals(node, second.Data));
        Assert.Equal(Json("{'data':{'person':{'name':'Person 3'}}}"), ResultJsonWriter.ToJson(second));
        await second.DisposeAsync();
        await second.DisposeAsync(); // twice is harmless: the tree goes back once

        var third = await RunAsync(executor, "{ people { id friends { id name } } }");
        var fourth = await RunAsync(executor, "{ people { id friends { id name } } }");
        Assert.NotSame(third.Data, fourth.Data);
        Assert.Equal(ResultJsonWriter.ToJson(third), ResultJsonWriter.ToJson(fourth));
        var expected = new
        {
            data = new
            {
                people = People.Select(person => new
                {
                    id = person["id"],
                    friends = People.Where(p => p != person).Take(2).Select(friend => new { id = friend["id"], name = friend["name"] }),
                }),
            },
        };
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), ResultJsonWriter.ToJson(third));
    }

    [Fact]
    public async Task The_same_query_again_reuses_the_same_objects_in_the_same_places_and_shows_the_new_values()
    {
        var round = 0;
        var executor = new RequestExecutor(Schema(Sdl, options =>
        {
            // Each round answers other people with other names, and every other round no names at all.
            options.Resolvers["Query.people"] = _ => Value(People.Skip(round % 3).Take(3 - round % 2).ToArray());
            options.Resolvers["Person.name"] = context => Value(round % 2 == 1 ? null : $"{((Dictionary<string, object?>)context.Parent!)["name"]} in round {round}");
        }));
        const string query = "{ people { id name } }";
        List<object>? previousObjects = null;
        for (round = 0; round < 6; round++)
        {
            var result = await RunAsync(executor, query);
            var objects = ObjectsOf(result.Data!).ToList();
            var expected = new
            {
                data = new
                {
                    people = People.Skip(round % 3).Take(3 - round % 2).Select(person => new
                    {
                        id = person["id"],
                        name = round % 2 == 1 ? null : $"{person["name"]} in round {round}",
                    }),
                },
            };
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), ResultJsonWriter.ToJson(result));
            // The pool hands back the previous tree's objects in the order they were taken: the root stays the root.
            if (previousObjects is not null)
                Assert.Same(previousObjects[0], objects[0]);
            previousObjects = objects;
            await result.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_disposed_result_leaves_no_value_in_the_objects_it_gives_back()
    {
        var executor = Executor();
        var result = await RunAsync(executor, "{ people { id name friends { id name } } failing { id boom } }");
        Assert.Contains("Person 6", ResultJsonWriter.ToJson(result));
        var nodes = ObjectsOf(result.Data!).Cast<ResultNode>().ToList();
        Assert.All(nodes, node => Assert.True(node.HoldsAnyValue));

        await result.DisposeAsync();

        Assert.All(nodes, node => Assert.False(node.HoldsAnyValue));

        // A smaller response built from the same objects leaves the rest of them empty too.
        var smaller = await RunAsync(executor, "{ person(id: \"p2\") { id } }");
        Assert.Equal(Json("{'data':{'person':{'id':'p2'}}}"), ResultJsonWriter.ToJson(smaller));
        await smaller.DisposeAsync();
        Assert.All(nodes, node => Assert.False(node.HoldsAnyValue));
    }

    [Fact]
    public async Task Reading_a_disposed_results_data_fails_loudly_and_disposing_twice_is_harmless()
    {
        var executor = Executor();
        var result = await RunAsync(executor, "{ people { id name } failing { boom } }");
        var people = Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Data!["people"]);
        var firstPerson = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(people[0]);

        await result.DisposeAsync();
        await result.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => result.Data);
        Assert.Throws<ObjectDisposedException>(() => ResultJsonWriter.ToJson(result));
        // Parts of the tree kept past the dispose refuse to be read rather than show cleared or foreign values.
        Assert.Throws<ObjectDisposedException>(() => people.Count);
        Assert.Throws<ObjectDisposedException>(() => people[0]);
        Assert.Throws<ObjectDisposedException>(() => firstPerson["name"]);
        Assert.Throws<ObjectDisposedException>(() => firstPerson.ToList());
        // What is not pooled stays readable (transports log it after writing).
        Assert.Equal("INTERNAL_SERVER_ERROR", Assert.Single(result.Errors).Code);
        Assert.True(result.HasData);

        // A result built by hand holds nothing of the pool's: disposing it changes nothing (a host may keep one).
        var canned = new OperationResult(new Dictionary<string, object?> { ["hello"] = "world" }, true, []);
        await canned.DisposeAsync();
        Assert.Equal("{\"data\":{\"hello\":\"world\"}}", ResultJsonWriter.ToJson(canned));
    }

    /// <summary>Every object and list of a result tree.</summary>
    private static IEnumerable<object> ObjectsOf(object node)
    {
        yield return node;
        var children = node switch
        {
            IReadOnlyDictionary<string, object?> map => map.Values,
            IReadOnlyList<object?> list => list,
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is IReadOnlyDictionary<string, object?> or IReadOnlyList<object?>)
            {
                foreach (var descendant in ObjectsOf(child))
                    yield return descendant;
            }
        }
    }

    [Fact]
    public async Task Concurrent_requests_with_asynchronous_resolvers_never_share_result_objects()
    {
        // Resolvers that yield make completions hop threads, so nodes are taken on one thread and given back
        // on another while other requests are building theirs.
        var executor = new RequestExecutor(Schema(Sdl, options =>
        {
            options.Resolvers["Query.people"] = async _ => { await Task.Yield(); return People; };
            options.Resolvers["Query.person"] = async context =>
            {
                await Task.Yield();
                return People.FirstOrDefault(p => (string)p["id"]! == (string)context.Arguments["id"]!);
            };
            options.Resolvers["Person.friends"] = async context =>
            {
                await Task.Yield();
                return People.Where(p => p != context.Parent).Take(((string)((Dictionary<string, object?>)context.Parent!)["id"]!)[1] - '0').ToArray();
            };
        }));
        string[] queries =
        [
            "{ people { id friends { id name } } }",
            "{ person(id: \"p4\") { name friends { id friends { id } } } }",
            "{ people { name } person(id: \"p2\") { id } }",
        ];
        var expected = new string[queries.Length];
        for (var i = 0; i < queries.Length; i++)
            expected[i] = ResultJsonWriter.ToJson(await RunAsync(executor, queries[i]));

        var mismatches = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var round = 0; round < 200; round++)
            {
                var which = (worker + round) % queries.Length;
                await using var result = await RunAsync(executor, queries[which]);
                await Task.Yield();
                if (ResultJsonWriter.ToJson(result) != expected[which])
                    Interlocked.Increment(ref mismatches);
            }
        })));

        Assert.Equal(0, mismatches);
        Assert.Contains("\"friends\":[{\"id\":\"p1\",\"friends\":[{\"id\":\"p2\"}]}", expected[1]);
    }

    [Fact]
    public async Task Shapes_that_put_lists_where_objects_were_and_back_replay_each_other_without_sharing_a_node()
    {
        // Each shape puts objects and lists in other positions than the one before, so replaying the previous
        // request's nodes keeps meeting the wrong kind, and larger trees leave spares behind for smaller ones.
        string[] queries =
        [
            "{ people { id name friends { id } } }",
            "{ person(id: \"p3\") { name friends { name friends { id } } } }",
            "{ failing { id } people { friends { friends { id } } } }",
            "{ person(id: \"p1\") { id } }",
            "{ people { friends { id } } person(id: \"p2\") { friends { name } } }",
        ];
        var fresh = Executor();
        var expected = new string[queries.Length];
        for (var i = 0; i < queries.Length; i++)
            expected[i] = ResultJsonWriter.ToJson(await RunAsync(fresh, queries[i])); // never disposed: nothing reused

        var executor = Executor();
        for (var round = 0; round < 30; round++)
        {
            var which = (round * 3 + round / queries.Length) % queries.Length;
            var result = await RunAsync(executor, queries[which]);
            Assert.Equal(expected[which], ResultJsonWriter.ToJson(result));
            var objects = ObjectsOf(result.Data!).ToList();
            Assert.Equal(objects.Count, objects.Distinct(ReferenceEqualityComparer.Instance).Count());
            await result.DisposeAsync();
        }
    }

    [Fact]
    public async Task Results_nobody_disposes_keep_their_values()
    {
        var executor = Executor();
        var kept = await RunAsync(executor, "{ people { id name } }");
        var expected = ResultJsonWriter.ToJson(kept);

        for (var i = 0; i < 20; i++)
            await (await RunAsync(executor, "{ person(id: \"p1\") { id name friends { name } } }")).DisposeAsync();

        Assert.Equal(expected, ResultJsonWriter.ToJson(kept));
    }

    [Fact]
    public async Task Objects_nulled_by_an_error_and_reused_ones_do_not_mix()
    {
        var executor = Executor();
        var failed = await RunAsync(executor, "{ failing { id boom } people { id } }");
        Assert.Equal(Json("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':16}],'path':['failing','boom'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'failing':null,'people':[{'id':'p1'},{'id':'p2'},{'id':'p3'},{'id':'p4'},{'id':'p5'},{'id':'p6'}]}}"),
            ResultJsonWriter.ToJson(failed));
        await failed.DisposeAsync();

        var next = await RunAsync(executor, "{ failing { id name } }");
        Assert.Equal(Json("{'data':{'failing':{'id':'p1','name':'Person 1'}}}"), ResultJsonWriter.ToJson(next));
    }
}
