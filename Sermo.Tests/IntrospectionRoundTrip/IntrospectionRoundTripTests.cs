using Sermo.Tests.Infrastructure;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Utilities;
using Sermo.Tests.TestSupport;

namespace Sermo.Tests.IntrospectionRoundTrip;

/// <summary>graphql-js judges our introspection: <c>buildClientSchema</c> and <c>validateSchema</c> accept the
/// result of the standard introspection query over <see cref="RichSchema"/>, and the schema rebuilt from it
/// prints, sorted, exactly as the SDL our printer wrote does. Both sides are sorted and printed by graphql-js
/// (<c>lexicographicSortSchema</c> then <c>printSchema</c>; see tools/node/introspection-roundtrip.mjs), so the
/// comparison is about content; one more test holds our printer's layout to graphql-js's, unsorted.</summary>
public sealed class IntrospectionRoundTripTests(IntrospectionRoundTripTests.Verdict verdict) : IClassFixture<IntrospectionRoundTripTests.Verdict>
{
    [Fact]
    public void GraphQL_js_builds_and_validates_a_client_schema_from_our_introspection()
    {
        Assert.Empty(verdict.Result.BuildErrors);
        Assert.Empty(verdict.Result.ValidationErrors);
    }

    [Fact]
    public void The_schema_rebuilt_from_introspection_prints_as_our_sdl_printer_output_after_sorting() =>
        Assert.Equal(verdict.Result.Sorted["ours"], verdict.Result.FromIntrospection);

    [Fact]
    public void Nothing_of_the_source_schema_is_lost_by_introspection_or_by_our_printer()
    {
        Assert.Equal(verdict.Result.Sorted["source"], verdict.Result.FromIntrospection);
        Assert.Equal(verdict.Result.Sorted["source"], verdict.Result.Sorted["ours"]);
    }

    [Fact]
    public void Our_printer_lays_out_sdl_as_graphql_js_prints_it() =>
        Assert.Equal(verdict.Result.Reprinted["ours"], verdict.OurSdl);

    /// <summary>One introspection and one Node run shared by the tests above.</summary>
    public sealed class Verdict : IAsyncLifetime
    {
        public string OurSdl { get; private set; } = "";
        public RoundTrip Result { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var schema = SdlSchemaBuilder.Build(RichSchema.Sdl);
            OurSdl = SchemaPrinter.Print(schema);
            var response = (OperationResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = IntrospectionQuery.Text });
            Assert.Empty(response.Errors);

            var input = new JsonObject
            {
                ["introspection"] = JsonNode.Parse(ResultJsonWriter.ToJson(response))!["data"]!.DeepClone(),
                ["sdl"] = new JsonObject { ["ours"] = OurSdl, ["source"] = RichSchema.Sdl },
            };
            var output = await NodeTools.RunScriptAsync("introspection-roundtrip.mjs", input.ToJsonString());
            Result = JsonSerializer.Deserialize<RoundTrip>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }

    public sealed record RoundTrip(
        IReadOnlyList<string> BuildErrors,
        IReadOnlyList<string> ValidationErrors,
        string? FromIntrospection,
        IReadOnlyDictionary<string, string> Sorted,
        IReadOnlyDictionary<string, string> Reprinted);
}
