using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.GraphQL.Authorization;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Authorization;

/// <summary>The host's authorizer decides field requirements with ASP.NET Core's own authorization: role claims, and
/// named policies whose resource-based handlers receive the field's parent object.</summary>
public sealed class AspNetCoreFieldAuthorizerTests
{
    private const string Sdl = """
        directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION
        type Query { members: [Member!]! }
        type Member {
          pseudonym: String!
          email: String @authorize(policy: "self")
          licence: String @authorize(roles: ["staff"])
        }
        """;

    private sealed record Member(string Id, string Pseudonym, string Email, string Licence);

    /// <summary>"self": the parent member is the caller.</summary>
    private sealed class SelfHandler : AuthorizationHandler<SelfRequirement, Member>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SelfRequirement requirement, Member resource)
        {
            if (context.User.FindFirst(SermoClaims.Subject)?.Value == resource.Id)
                context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }

    private sealed class SelfRequirement : IAuthorizationRequirement;

    private static async Task<string> RunAsync(ClaimsPrincipal user)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddAuthorization(options => options.AddPolicy("self", policy => policy.AddRequirements(new SelfRequirement())))
            .AddSingleton<IAuthorizationHandler, SelfHandler>()
            .AddScoped<IFieldAuthorizer, AspNetCoreFieldAuthorizer>()
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        var schema = SdlSchemaBuilder.Build(Sdl, new SdlBuildOptions
        {
            Resolvers =
            {
                ["Query.members"] = _ => new ValueTask<object?>(new[] { new Member("m1", "Dr Owl", "owl@example.org", "LIC-1"), new Member("m2", "Dr Fox", "fox@example.org", "LIC-2") }),
                ["Member.email"] = context => new ValueTask<object?>(((Member)context.Parent!).Email),
                ["Member.licence"] = context => new ValueTask<object?>(((Member)context.Parent!).Licence),
            },
        });
        await using var result = (OperationResult)await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest { Query = "{ members { pseudonym email licence } }", User = user, Services = scope.ServiceProvider });
        return ResultJsonWriter.ToJson(result);
    }

    private static ClaimsPrincipal Caller(string subject, params string[] roles) => new(new ClaimsIdentity(
        [new Claim(SermoClaims.Subject, subject), .. roles.Select(role => new Claim(SermoClaims.Role, role))], "test", SermoClaims.Subject, SermoClaims.Role));

    [Fact]
    public async Task A_resource_based_policy_sees_the_parent_and_lets_a_member_read_only_their_own_email()
    {
        var json = await RunAsync(Caller("m2", "physician"));

        Assert.Contains("\"pseudonym\":\"Dr Owl\",\"email\":null,\"licence\":null", json);
        Assert.Contains("\"pseudonym\":\"Dr Fox\",\"email\":\"fox@example.org\",\"licence\":null", json);
        Assert.DoesNotContain("owl@example.org", json);
        Assert.DoesNotContain("LIC-", json);
        Assert.Contains("\"path\":[\"members\",0,\"email\"],\"extensions\":{\"code\":\"AUTH_NOT_AUTHORIZED\"}", json);
    }

    [Fact]
    public async Task Roles_come_from_the_role_claims()
    {
        var json = await RunAsync(Caller("s1", "staff"));

        Assert.Contains("\"licence\":\"LIC-1\"", json);
        Assert.Contains("\"licence\":\"LIC-2\"", json);
        Assert.DoesNotContain("example.org", json);
    }

    [Fact]
    public async Task An_anonymous_caller_is_not_authenticated_for_every_protected_field()
    {
        var json = await RunAsync(new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.Equal(4, json.Split("AUTH_NOT_AUTHENTICATED").Length - 1);
        Assert.DoesNotContain("example.org", json);
    }
}
