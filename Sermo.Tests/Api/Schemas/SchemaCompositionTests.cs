using Sermo.Api.Schemas;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;
using Sermo.Tests.Relay;

namespace Sermo.Tests.Api.Schemas;

/// <summary>Contributors compose a graph through root-type extensions: two of them giving one root field is a
/// start-up error naming both, not one silently replacing the other.</summary>
public sealed class SchemaCompositionTests
{
    private sealed class SecondViewerContributor : ISchemaContributor
    {
        public void Contribute(SchemaComposition schema) =>
            schema.Query(query => query.Field("viewer").Type<string>().Resolve(_ => "someone else"));
    }

    private sealed class PingContributor : ISchemaContributor
    {
        public void Contribute(SchemaComposition schema) =>
            schema.Query(query => query.Field("ping").Type<NonNull<string>>().Resolve(_ => "pong"));
    }

    [Fact]
    public void Contributors_add_root_fields_side_by_side()
    {
        var schema = SchemaComposition.Compose("partner", "test", new GlobalIdCodec(GlobalIdCodecTests.Secret), [new ViewerSchemaContributor(), new PingContributor()]);

        Assert.Equal(["viewer", "ping"], schema.QueryType!.Fields.Select(field => field.Name));
        Assert.Null(schema.MutationType);
    }

    [Fact]
    public void Two_contributors_giving_one_root_field_fail_naming_both()
    {
        var error = Assert.Throws<SchemaValidationException>(() =>
            SchemaComposition.Compose("partner", "test", new GlobalIdCodec(GlobalIdCodecTests.Secret), [new ViewerSchemaContributor(), new SecondViewerContributor()]));

        Assert.Equal("Field \"Query.viewer\" is declared twice: by ViewerSchemaContributor.Contribute and by SecondViewerContributor.Contribute.",
            Assert.Single(error.Errors).Message);
    }
}
