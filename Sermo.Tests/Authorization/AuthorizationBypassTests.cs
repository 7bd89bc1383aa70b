using System.Security.Claims;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Authorization;

/// <summary>Ways around a requirement that must not work: fields and type requirements added by extensions, an
/// interface's requirement reached through the interface or a fragment, a union member, aliases, named fragments
/// with @include, a mutation and a subscription (whose resolvers and source must never run).</summary>
public sealed class AuthorizationBypassTests
{
    private const string Sdl = """
        directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION
        type Query { open: Open profiles: [Profile!]! any: [Any!]! plain: Plain }
        type Mutation { wipe: String @authorize(roles: ["staff"]) }
        type Open { name: String }
        extend type Query { extra: String @authorize(roles: ["staff"]) }
        extend type Open @authorize(roles: ["staff"])
        interface Profile @authorize(roles: ["staff"]) { email: String }
        type Doc implements Profile { email: String name: String }
        type Secret @authorize(roles: ["staff"]) { note: String }
        union Any = Secret | Doc
        type Plain { hidden: String @authorize(roles: ["staff"]) }
        type Subscription @authorize(roles: ["staff"]) { alerts: String }
        """;

    private readonly List<string> _ran = [];

    private ValueTask<object?> Ran(string name, object? value)
    {
        lock (_ran)
            _ran.Add(name);
        return new(value);
    }

    private Schema Build() => Schema(Sdl, o =>
    {
        o.Resolvers["Query.open"] = _ => Ran("open", new Dictionary<string, object?> { ["name"] = "OPENNAME" });
        o.Resolvers["Query.extra"] = _ => Ran("extra", "EXTRA");
        o.Resolvers["Query.profiles"] = _ => Ran("profiles", new object[] { new Dictionary<string, object?> { ["email"] = "EMAIL", ["name"] = "n" } });
        o.Resolvers["Query.any"] = _ => Ran("any", new object[] { new Dictionary<string, object?> { ["note"] = "NOTE" } });
        o.Resolvers["Query.plain"] = _ => Ran("plain", new Dictionary<string, object?> { ["hidden"] = "HIDDEN" });
        o.Resolvers["Mutation.wipe"] = _ => Ran("wipe", "WIPED");
        o.TypeResolvers["Profile"] = (_, c) => c.Schema.GetType("Doc") as ObjectType;
        o.TypeResolvers["Any"] = (_, c) => c.Schema.GetType("Secret") as ObjectType;
        o.Subscribers["Subscription.alerts"] = _ => { lock (_ran) _ran.Add("subscribe"); return new ValueTask<IAsyncEnumerable<object?>>(Alerts()); };
    });

    private static async IAsyncEnumerable<object?> Alerts()
    {
        await Task.Yield();
        yield return new Dictionary<string, object?> { ["alerts"] = "ALERT" };
    }

    private static ClaimsPrincipal Physician => new(new ClaimsIdentity([new Claim("sub", "p"), new Claim(ClaimTypes.Role, "physician")], "test"));

    private async Task<string> Run(string query)
    {
        var executor = new RequestExecutor(Build());
        await using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, User = Physician });
        if (result is OperationResult single)
            return ResultJsonWriter.ToJson(single);
        var stream = (ResponseStream)result;
        var all = new List<string>();
        await foreach (var next in stream.Results)
        {
            await using (next)
                all.Add(ResultJsonWriter.ToJson(next));
        }
        return string.Join("\n", all);
    }

    [Theory]
    [InlineData("{ extra }", "EXTRA")]
    [InlineData("{ open { name } }", "OPENNAME")]
    [InlineData("{ profiles { email } }", "EMAIL")]
    [InlineData("{ profiles { ... on Doc { email } } }", "EMAIL")]
    [InlineData("{ any { ... on Secret { note } } }", "NOTE")]
    [InlineData("{ plain { hidden } }", "HIDDEN")]
    [InlineData("{ plain { a: hidden b: hidden } }", "HIDDEN")]
    [InlineData("{ plain { ...F } } fragment F on Plain { hidden @include(if: true) }", "HIDDEN")]
    [InlineData("mutation { wipe }", "WIPED")]
    [InlineData("subscription { alerts }", "ALERT")]
    public async Task Protected_values_never_reach_a_physician(string query, string secret)
    {
        var json = await Run(query);
        Assert.DoesNotContain(secret, json);
        Assert.DoesNotContain("wipe", _ran);
        Assert.DoesNotContain("extra", _ran);
        Assert.DoesNotContain("subscribe", _ran);
    }
}
