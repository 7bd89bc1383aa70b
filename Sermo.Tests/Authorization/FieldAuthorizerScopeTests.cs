using System.Collections.Concurrent;
using System.Security.Claims;
using Sermo.GraphQL.Authorization;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Authorization;

/// <summary>The engine asks a request's services for its field authorizer once, not per field, and never lets one
/// request's authorizer decide another request's fields (executions are pooled and reused).</summary>
public sealed class FieldAuthorizerScopeTests
{
    private const int Members = 10;

    private static readonly Schema TestSchema = Schema("""
        directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION
        type Query { members: [Member!]! }
        type Member { name: String licence: String @authorize(roles: ["staff"]) email: String @authorize(policy: "self") }
        """, options =>
    {
        options.Resolvers["Query.members"] = _ => Value(Enumerable.Range(1, Members).Select(i => new Dictionary<string, object?>
        {
            ["name"] = $"m{i}", ["licence"] = $"L{i}", ["email"] = $"m{i}@example.org",
        }).ToList());
    });

    [Fact]
    public async Task The_authorizer_is_asked_of_the_services_once_per_request_and_decides_every_field()
    {
        var executor = new RequestExecutor(TestSchema);
        foreach (var caller in new[] { "first", "second" })
        {
            var services = new RequestServices(new RecordingAuthorizer(yields: false));
            await using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ members { name licence email } }", Services = services, User = Caller(caller) });

            Assert.Empty(((OperationResult)result).Errors);
            Assert.Equal(1, services.AuthorizerLookups);
            Assert.Equal(Members * 2, services.Authorizer.Decisions.Count);
        }
    }

    [Fact]
    public async Task Concurrent_requests_on_one_executor_are_each_decided_by_their_own_authorizer()
    {
        var executor = new RequestExecutor(TestSchema);
        var requests = Enumerable.Range(0, 16).Select(async i =>
        {
            var services = new RequestServices(new RecordingAuthorizer(yields: true));
            await using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ members { licence email } }", Services = services, User = Caller($"caller-{i}") });
            Assert.Empty(((OperationResult)result).Errors);
            return (Caller: $"caller-{i}", Seen: services.Authorizer.Decisions.ToArray());
        }).ToList();

        foreach (var (caller, seen) in await Task.WhenAll(requests))
        {
            Assert.Equal(Members * 2, seen.Length);
            Assert.All(seen, subject => Assert.Equal(caller, subject));
        }
    }

    private static ClaimsPrincipal Caller(string subject) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, subject), new Claim(ClaimTypes.Role, "staff")], "test"));

    /// <summary>Allows everything and records whose field it decided; optionally completes asynchronously.</summary>
    private sealed class RecordingAuthorizer(bool yields) : IFieldAuthorizer
    {
        public ConcurrentQueue<string?> Decisions { get; } = new();

        public ValueTask<AuthorizationDecision> AuthorizeAsync(IResolverContext context, AuthorizeRequirement requirement)
        {
            Decisions.Enqueue(context.User?.Identity?.Name);
            return yields ? DecideLaterAsync() : new(AuthorizationDecision.Allowed);
        }

        private static async ValueTask<AuthorizationDecision> DecideLaterAsync()
        {
            await Task.Yield();
            return AuthorizationDecision.Allowed;
        }
    }

    /// <summary>One request's services: a scoped authorizer of its own, and a count of how often it is asked for.</summary>
    private sealed class RequestServices(RecordingAuthorizer authorizer) : IServiceProvider
    {
        private int _lookups;

        public RecordingAuthorizer Authorizer => authorizer;

        public int AuthorizerLookups => Volatile.Read(ref _lookups);

        public object? GetService(Type serviceType)
        {
            if (serviceType != typeof(IFieldAuthorizer))
                return null;
            Interlocked.Increment(ref _lookups);
            return authorizer;
        }
    }
}
