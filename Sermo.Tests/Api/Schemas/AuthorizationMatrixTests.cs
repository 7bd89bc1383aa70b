using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Schemas;
using Sermo.Api.Transport;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Schemas;

/// <summary>The matrix in docs/authorization.md is the one the schemas declare, and the generator reads doors and
/// field requirements the way the server enforces them.</summary>
[Collection(SermoServerCollection.Name)]
public sealed class AuthorizationMatrixTests(SermoServerFixture fixture)
{
    private static string Document => File.ReadAllText(Path.Combine(RepositoryRoot.Path, AuthorizationMatrixCommand.DocumentPath)).ReplaceLineEndings("\n");

    [Fact]
    public async Task The_checked_in_matrix_matches_the_schemas()
    {
        var services = fixture.Server.Services;
        using var scope = services.CreateScope();
        var built = await AuthorizationMatrix.RenderAsync(services.GetRequiredService<GraphQLSchemaRegistry>(), scope.ServiceProvider.GetRequiredService<IAuthorizationService>());

        Assert.True(AuthorizationMatrix.SectionOf(Document) == built,
            "docs/authorization.md's field-by-role matrix differs from what the schemas declare. If the change is intended, run " +
            $"`dotnet run --project Sermo.Api -- authorization-matrix --write` and commit the file.\n--- built ---\n{built}");
    }

    [Fact]
    public async Task Cells_follow_the_door_roles_and_policies()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(query =>
            {
                query.Field("open").Type("String").Resolve(_ => "x");
                query.Field("staffNotes").Type("String").Resolve(_ => "x").AuthorizeRoles("staff");
                query.Field("ownEmail").Type("String").Resolve(_ => "x").AuthorizePolicy("self");
                query.Field("signedIn").Type("String").Resolve(_ => "x").Authorize();
            })
            .Build();
        var registry = new GraphQLSchemaRegistry(
        [
            new GraphQLSchemaEndpoint("open", "/open", new RequestExecutor(schema), null),
            new GraphQLSchemaEndpoint("closed", "/closed", new RequestExecutor(schema), Sermo.Api.Auth.SermoPolicies.PharmaGraph),
        ]);

        using var scope = fixture.Server.Services.CreateScope();
        var matrix = await AuthorizationMatrix.RenderAsync(registry, scope.ServiceProvider.GetRequiredService<IAuthorizationService>());

        var open = matrix[..matrix.IndexOf("### closed", StringComparison.Ordinal)];
        var closed = matrix[matrix.IndexOf("### closed", StringComparison.Ordinal)..];
        Assert.Contains("| `Query.open` | yes | yes | yes | yes | yes | yes |", open);
        Assert.Contains("| `Query.staffNotes` | no | no | no | no | yes | no |", open);
        Assert.Contains("| `Query.ownEmail` | no | if self | if self | if self | if self | if self |", open);
        Assert.Contains("| `Query.signedIn` | no | yes | yes | yes | yes | yes |", open);
        // Behind the pharma door only the pharma role gets in, whatever the field allows.
        Assert.Contains("| `Query.open` | no | no | no | no | no | yes |", closed);
        Assert.Contains("| `Query.staffNotes` | no | no | no | no | no | no |", closed);
    }
}
