using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Transport;
using Sermo.Api.Schemas;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Schemas;

/// <summary>The SDL checked in under schema/ is the schema the code builds, and is what /sdl serves.</summary>
[Collection(SermoServerCollection.Name)]
public sealed class PublishedSchemaTests(SermoServerFixture fixture)
{
    public static TheoryData<string> SchemaNames => ["partner", "pharma"];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void The_checked_in_sdl_matches_the_code(string name)
    {
        var root = RepositoryRoot.Path;
        var file = SchemaFiles.PathFor(root, name);
        var published = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : "";

        var built = fixture.Server.Services.GetRequiredService<GraphQLSchemaRegistry>().Get(name).Sdl;

        Assert.True(published == built,
            $"schema/{name}.graphql differs from the schema the code builds. If the change is intended, run " +
            $"`dotnet run --project Sermo.Api -- print-schema --write` and commit the file.\n--- built ---\n{built}");
    }

    [Theory]
    [InlineData("/graphql/sdl", "partner")]
    [InlineData("/pharma/graphql/sdl", "pharma")]
    public async Task Serves_the_sdl_as_text_without_a_token(string path, string name)
    {
        using var client = fixture.Server.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var expected = fixture.Server.Services.GetRequiredService<GraphQLSchemaRegistry>().Get(name).Sdl;
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Print_schema_prints_every_graph_and_refuses_unknown_arguments()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var registry = fixture.Server.Services.GetRequiredService<GraphQLSchemaRegistry>();

        Assert.Equal(0, PrintSchemaCommand.Run(fixture.Server.Services, [], output, error));
        Assert.Contains("# partner graph, served at /graphql\n" + registry.Get("partner").Sdl, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("# pharma graph, served at /pharma/graphql\n" + registry.Get("pharma").Sdl, output.ToString(), StringComparison.Ordinal);

        Assert.Equal(2, PrintSchemaCommand.Run(fixture.Server.Services, ["--overwrite"], output, error));
        Assert.Contains("unexpected argument '--overwrite'", error.ToString(), StringComparison.Ordinal);
    }
}
