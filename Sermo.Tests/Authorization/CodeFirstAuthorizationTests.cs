using System.Security.Claims;
using Sermo.GraphQL;
using Sermo.GraphQL.Authorization;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Authorization;

/// <summary>Code-first types declare requirements on their descriptors, in configurations and extensions alike; the
/// engine enforces them exactly as it does <c>@authorize</c> in SDL.</summary>
public sealed class CodeFirstAuthorizationTests
{
    public sealed class Member
    {
        public required string Id { get; init; }
        public required string Pseudonym { get; init; }
        public required string? Email { get; init; }
        public required string? Licence { get; init; }
    }

    public sealed class CredentialCheck
    {
        public required string Stage { get; init; }
    }

    public sealed class Query
    {
        [GraphQLField]
        public Member? Member() => new() { Id = "m1", Pseudonym = "Dr Owl", Email = "owl@example.org", Licence = "LIC-1" };

        [GraphQLField]
        public CredentialCheck? Check() => new() { Stage = "licence" };
    }

    public sealed class MemberType : ObjectTypeConfiguration<Member>
    {
        public override void Configure(ObjectTypeDescriptor<Member> type)
        {
            type.Field(m => m.Pseudonym);
            type.Field(m => m.Licence).AuthorizeRoles("staff");
        }
    }

    /// <summary>Another area adds a field with a rule of its own.</summary>
    public sealed class MemberContactExtension : ObjectTypeExtension<Member>
    {
        public override void Configure(ObjectTypeDescriptor<Member> type) => type.Field(m => m.Email).AuthorizePolicy("self");
    }

    public sealed class CredentialCheckType : ObjectTypeConfiguration<CredentialCheck>
    {
        public override void Configure(ObjectTypeDescriptor<CredentialCheck> type)
        {
            type.AuthorizeRoles("staff");
            type.Field(c => c.Stage);
        }
    }

    private static Schema BuildSchema() => new SchemaBuilder()
        .AddQueryType<Query>()
        .AddType<MemberType>()
        .AddType<MemberContactExtension>()
        .AddType<CredentialCheckType>()
        .Build();

    private static async Task<string> RunAsync(string query, ClaimsPrincipal user)
    {
        await using var result = (OperationResult)await new RequestExecutor(BuildSchema()).ExecuteAsync(new GraphQLRequest { Query = query, User = user });
        return ResultJsonWriter.ToJson(result);
    }

    private static ClaimsPrincipal Caller(params string[] roles) =>
        new(new ClaimsIdentity([new Claim("sub", "m1"), .. roles.Select(role => new Claim(ClaimTypes.Role, role))], "test"));

    [Fact]
    public void Requirements_from_configurations_and_extensions_reach_the_schema()
    {
        var schema = BuildSchema();
        string[] Of(string type, string field) =>
            [.. ((ComplexType)schema.GetType(type)!).Fields[field]!.Authorization.Select(requirement => requirement.ToString())];

        Assert.Equal(["roles: staff"], Of("Member", "licence"));
        Assert.Equal(["policy: self"], Of("Member", "email"));
        Assert.Empty(Of("Member", "pseudonym"));
        Assert.Equal(["roles: staff"], Of("CredentialCheck", "stage"));
    }

    [Fact]
    public async Task A_member_reads_the_public_fields_only()
    {
        var json = await RunAsync("{ member { pseudonym licence email } check { stage } }", Caller("physician"));

        Assert.Contains("\"member\":{\"pseudonym\":\"Dr Owl\",\"licence\":null,\"email\":null}", json);
        Assert.Contains("\"check\":null", json);
        Assert.DoesNotContain("LIC-1", json);
        Assert.DoesNotContain("owl@example.org", json);
        Assert.Equal(3, json.Split(ErrorCodes.NotAuthorized).Length - 1);
    }

    [Fact]
    public async Task Staff_read_what_the_roles_allow_and_still_not_what_a_policy_guards_without_a_host()
    {
        var json = await RunAsync("{ member { licence email } check { stage } }", Caller("staff"));

        Assert.Contains("\"licence\":\"LIC-1\"", json);
        Assert.Contains("\"check\":{\"stage\":\"licence\"}", json);
        Assert.Contains("\"email\":null", json);
    }
}
