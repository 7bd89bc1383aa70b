using Sermo.Api.Transport;

namespace Sermo.Tests.Api.GraphQL;

public sealed class GraphQLMediaTypesTests
{
    [Theory]
    [InlineData(null, GraphQLMediaTypes.Json)]
    [InlineData("*/*", GraphQLMediaTypes.Json)]
    [InlineData("application/*", GraphQLMediaTypes.Json)]
    [InlineData("application/json", GraphQLMediaTypes.Json)]
    [InlineData("application/graphql-response+json", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", GraphQLMediaTypes.Json)]
    [InlineData("text/html, */*;q=0.8", GraphQLMediaTypes.Json)]
    [InlineData("APPLICATION/JSON", GraphQLMediaTypes.Json)]
    [InlineData("Application/GraphQL-Response+JSON", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData(" application/graphql-response+json ", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("text/html", null)]
    [InlineData("application/xml, text/plain", null)]
    [InlineData("application/json;q=0", null)]
    public void Negotiates_the_response_media_type(string? accept, string? expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(accept));

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("application/json; charset=UTF-8", true)]
    [InlineData("Application/JSON", true)]
    [InlineData("application/json; charset=iso-8859-1", false)]
    [InlineData("text/plain;charset=UTF-8", false)]
    [InlineData("application/graphql", false)]
    [InlineData(null, false)]
    public void Accepts_only_utf8_json_request_bodies(string? contentType, bool expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.IsJsonRequest(contentType));
}
