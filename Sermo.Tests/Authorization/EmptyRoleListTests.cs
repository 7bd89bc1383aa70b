using Sermo.GraphQL.Authorization;
using Sermo.GraphQL.Types;
using static Sermo.Tests.Execution.ExecutionTestKit;

namespace Sermo.Tests.Authorization;

/// <summary>A requirement whose role list is empty would mean "any authenticated caller" without saying so: both
/// builders refuse it when the schema is built, and the message says what to write instead.</summary>
public sealed class EmptyRoleListTests
{
    private const string Directive = "directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION\n";

    [Fact]
    public void An_sdl_field_with_roles_of_an_empty_list_is_a_schema_error_naming_the_field()
    {
        var error = Assert.Throws<SchemaValidationException>(() => Schema(Directive + """
            type Query { notes: String @authorize(roles: []) open: String }
            """));

        var only = Assert.Single(error.Errors);
        Assert.Contains("on Query.notes names no role", only.Message, StringComparison.Ordinal);
        Assert.Contains("Authorize() in code", only.Message, StringComparison.Ordinal);
        Assert.Equal(2, only.Locations![0].Line);
    }

    [Fact]
    public void An_empty_role_list_on_an_interface_is_reported_once_and_a_type_s_too()
    {
        var error = Assert.Throws<SchemaValidationException>(() => Schema(Directive + """
            interface Profile @authorize(roles: []) { email: String }
            type A implements Profile { email: String }
            type B implements Profile { email: String }
            type Secret @authorize(roles: [], policy: "self") { note: String }
            type Query { a: A b: B secret: Secret }
            """));

        Assert.Equal(2, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.Message.Contains("on Profile names no role", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Message.Contains("on Secret names no role", StringComparison.Ordinal));
    }

    [Fact]
    public void An_sdl_field_with_a_blank_role_is_a_schema_error()
    {
        var error = Assert.Throws<SchemaValidationException>(() => Schema(Directive + """type Query { notes: String @authorize(roles: [" "]) }"""));
        Assert.Contains("on Query.notes names a blank role", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_first_field_with_authorize_roles_and_no_role_fails_the_build_with_the_way_out()
    {
        // Descriptors run as they are added, so the build fails at the offending call.
        var error = Assert.Throws<ArgumentException>(() => new SchemaBuilder().AddQueryType(query =>
        {
            query.Field("open").Type("String").Resolve(_ => "x");
            query.Field("notes").Type("String").Resolve(_ => "x").AuthorizeRoles();
        }).Build());
        Assert.Contains("use Authorize() for any authenticated caller", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_first_type_with_authorize_roles_and_no_role_fails_the_build_with_the_way_out()
    {
        var error = Assert.Throws<ArgumentException>(() => new SchemaBuilder().AddQueryType(query =>
        {
            query.AuthorizeRoles();
            query.Field("open").Type("String").Resolve(_ => "x");
        }).Build());
        Assert.Contains("use Authorize() for any authenticated caller", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirement_cannot_be_made_with_an_empty_role_list_but_can_without_one()
    {
        Assert.Throws<ArgumentException>(() => AuthorizeRequirement.ForRoles());
        Assert.Throws<ArgumentException>(() => new AuthorizeRequirement([], "self"));
        Assert.True(new AuthorizeRequirement(null, "self").Roles.Count == 0);
        Assert.True(AuthorizeRequirement.Authenticated.IsAuthenticatedOnly);
    }
}
