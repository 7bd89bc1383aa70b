using System.Security.Claims;
using Sermo.GraphQL;
using Sermo.GraphQL.Authorization;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Authorization;

/// <summary>Requirements declared with <c>@authorize</c> on fields, object types and interfaces are checked before
/// the resolver; a refusal nulls the field with one error (code, path) and never runs the resolver.</summary>
public sealed class FieldAuthorizationTests
{
    private const string Sdl = """
        directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION

        type Query {
          publicNote: String
          member: Member
          members: [Member!]!
          staffOnly: String @authorize(roles: ["staff"])
          signedIn: String @authorize
          secret: Secret
        }

        interface Profile {
          email: String @authorize(policy: "self")
        }

        type Member implements Profile {
          pseudonym: String!
          email: String
          licence: String! @authorize(roles: ["staff"])
        }

        type Secret @authorize(roles: ["staff"]) {
          note: String
        }

        type Subscription {
          alerts: String @authorize(roles: ["staff"])
        }
        """;

    private readonly List<string> _resolved = [];

    private Schema BuildSchema() => Schema(Sdl, options =>
    {
        options.Resolvers["Query.publicNote"] = _ => Record("publicNote", "hello");
        options.Resolvers["Query.member"] = _ => Record("member", new Member("m1", "Dr Owl", "owl@example.org", "LIC-1"));
        options.Resolvers["Query.members"] = _ => Record("members", new[] { new Member("m1", "Dr Owl", "owl@example.org", "LIC-1"), new Member("m2", "Dr Fox", "fox@example.org", "LIC-2") });
        options.Resolvers["Query.staffOnly"] = _ => Record("staffOnly", "for staff");
        options.Resolvers["Query.signedIn"] = _ => Record("signedIn", "for members");
        options.Resolvers["Query.secret"] = _ => Record("secret", new Dictionary<string, object?> { ["note"] = "classified" });
        options.Resolvers["Member.email"] = context => Record("email", ((Member)context.Parent!).Email);
        options.Resolvers["Member.licence"] = context => Record("licence", ((Member)context.Parent!).Licence);
        options.Subscribers["Subscription.alerts"] = _ => new ValueTask<IAsyncEnumerable<object?>>(Alerts());
    });

    private ValueTask<object?> Record(string field, object? value)
    {
        lock (_resolved)
            _resolved.Add(field);
        return new ValueTask<object?>(value);
    }

    private static async IAsyncEnumerable<object?> Alerts()
    {
        await Task.Yield();
        yield return "alert";
    }

    private static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    private static ClaimsPrincipal Caller(string subject, params string[] roles) =>
        new(new ClaimsIdentity([new Claim("sub", subject), .. roles.Select(role => new Claim(ClaimTypes.Role, role))], "test"));

    private static async Task<string> RunAsAsync(Schema schema, string query, ClaimsPrincipal user, IServiceProvider? services = null)
    {
        var executor = new RequestExecutor(schema);
        await using var result = (OperationResult)await executor.ExecuteAsync(new GraphQLRequest { Query = query, User = user, Services = services });
        return ResultJsonWriter.ToJson(result);
    }

    [Fact]
    public async Task A_caller_without_the_role_gets_null_and_one_error_and_the_resolver_never_runs()
    {
        var json = await RunAsAsync(BuildSchema(), "{ publicNote staffOnly }", Caller("m1", "physician"));

        Assert.Equal(Json("{'errors':[{'message':'The caller is not authorized to read this field.','locations':[{'line':1,'column':14}],'path':['staffOnly'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'publicNote':'hello','staffOnly':null}}"), json);
        Assert.DoesNotContain("staffOnly", _resolved);
    }

    [Fact]
    public async Task An_anonymous_caller_is_told_it_is_not_authenticated()
    {
        var json = await RunAsAsync(BuildSchema(), "{ signedIn staffOnly }", Anonymous);

        Assert.Contains("'path':['signedIn'],'extensions':{'code':'AUTH_NOT_AUTHENTICATED'}".Replace('\'', '"'), json);
        Assert.Contains("'path':['staffOnly'],'extensions':{'code':'AUTH_NOT_AUTHENTICATED'}".Replace('\'', '"'), json);
        Assert.Empty(_resolved);
    }

    [Fact]
    public async Task A_caller_with_the_role_reads_the_field()
    {
        var json = await RunAsAsync(BuildSchema(), "{ staffOnly signedIn }", Caller("s1", "staff"));

        Assert.Equal(Json("{'data':{'staffOnly':'for staff','signedIn':'for members'}}"), json);
    }

    [Fact]
    public async Task A_refused_non_null_field_nulls_its_parent_with_a_single_error()
    {
        var json = await RunAsAsync(BuildSchema(), "{ member { pseudonym licence } }", Caller("m1", "physician"));

        Assert.Equal(Json("{'errors':[{'message':'The caller is not authorized to read this field.','locations':[{'line':1,'column':22}],'path':['member','licence'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'member':null}}"), json);
        Assert.DoesNotContain("licence", _resolved);
    }

    [Fact]
    public async Task Each_refused_item_of_a_list_gets_its_own_path()
    {
        var json = await RunAsAsync(BuildSchema(), "{ members { pseudonym email } }", Caller("m1", "physician"));

        // No host authorizer: the interface's policy cannot be decided and is refused (fail closed).
        Assert.Contains("\"path\":[\"members\",0,\"email\"]", json);
        Assert.Contains("\"path\":[\"members\",1,\"email\"]", json);
        Assert.Contains("\"pseudonym\":\"Dr Owl\",\"email\":null", json);
        Assert.DoesNotContain("email", _resolved);
    }

    [Fact]
    public async Task A_requirement_on_an_interface_field_binds_its_implementations_and_sees_the_parent()
    {
        var services = new Services(new SelfPolicyAuthorizer());

        var json = await RunAsAsync(BuildSchema(), "{ members { pseudonym email } }", Caller("m1", "physician"), services);

        Assert.Contains("\"pseudonym\":\"Dr Owl\",\"email\":\"owl@example.org\"", json);
        Assert.Contains("\"pseudonym\":\"Dr Fox\",\"email\":null", json);
        Assert.Contains("\"path\":[\"members\",1,\"email\"]", json);
        Assert.DoesNotContain("fox@example.org", json);
    }

    [Fact]
    public async Task A_requirement_on_a_type_covers_every_field_of_it()
    {
        var json = await RunAsAsync(BuildSchema(), "{ secret { note __typename } }", Caller("m1", "physician"));

        Assert.Contains("\"path\":[\"secret\",\"note\"]", json);
        Assert.DoesNotContain("classified", json);
    }

    [Fact]
    public void The_schema_lists_each_fields_requirements()
    {
        var schema = BuildSchema();
        string[] Of(string type, string field) =>
            [.. ((ComplexType)schema.GetType(type)!).Fields[field]!.Authorization.Select(requirement => requirement.ToString())];

        Assert.Equal(["policy: self"], Of("Member", "email"));
        Assert.Equal(["roles: staff"], Of("Member", "licence"));
        Assert.Empty(Of("Member", "pseudonym"));
        Assert.Equal(["roles: staff"], Of("Secret", "note"));
        Assert.Equal(["authenticated"], Of("Query", "signedIn"));
    }

    [Fact]
    public async Task A_subscription_is_refused_before_its_source_stream_opens()
    {
        var executor = new RequestExecutor(BuildSchema());
        await using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { alerts }", User = Caller("m1", "physician") });

        var refused = Assert.IsType<OperationResult>(result);
        Assert.Equal(ErrorCodes.NotAuthorized, Assert.Single(refused.Errors).Code);
    }

    private sealed record Member(string Id, string Pseudonym, string Email, string Licence);

    /// <summary>A host's resource-based policy: "self" passes when the parent member is the caller.</summary>
    private sealed class SelfPolicyAuthorizer : IFieldAuthorizer
    {
        public ValueTask<AuthorizationDecision> AuthorizeAsync(IResolverContext context, AuthorizeRequirement requirement)
        {
            if (context.User?.Identity?.IsAuthenticated != true)
                return new(AuthorizationDecision.NotAuthenticated);
            var allowed = requirement.Policy == "self" && context.Parent is Member member && member.Id == context.User.FindFirst("sub")?.Value;
            return new(allowed ? AuthorizationDecision.Allowed : AuthorizationDecision.NotAuthorized);
        }
    }

    private sealed class Services(IFieldAuthorizer authorizer) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IFieldAuthorizer) ? authorizer : null;
    }
}
