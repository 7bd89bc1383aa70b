using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sermo.Api.Auth;
using Sermo.Api.Transport;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.GraphQL;

/// <summary>The HTTP mapping of every kind of request and result, over real HTTP, against a scripted executor:
/// an open schema at /open/graphql and one behind the pharma policy at /closed/graphql.</summary>
public sealed class GraphQLHttpTransportTests : IAsyncLifetime
{
    private const string GraphQLResponse = GraphQLMediaTypes.GraphQLResponseJson;
    private const int MaxRequestBytes = 4096;

    private static readonly OperationResult Success = new(new Dictionary<string, object?> { ["hello"] = "world" }, true, []);

    private readonly ScriptedExecutor _executor = new(Respond);
    private SermoServer _server = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _server = SermoServer.Start(
            new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            services =>
            {
                services.RemoveAll<GraphQLSchemaEndpoint>();
                services.AddSingleton(new GraphQLSchemaEndpoint("open", "/open/graphql", _executor, null));
                services.AddSingleton(new GraphQLSchemaEndpoint("closed", "/closed/graphql", _executor, SermoPolicies.PharmaGraph));
            });
        _client = _server.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>The script: the query text names the kind of result to give.</summary>
    private static OperationResult Respond(GraphQLRequest request) => request.Query switch
    {
        "syntax error" => OperationResult.FromError(Error("Syntax Error: Expected Name.", ErrorCodes.SyntaxError)),
        "mutation" when !request.AllowedOperations.HasFlag(AllowedOperations.Mutation) =>
            OperationResult.FromError(Error("Mutations are not allowed over GET.", ErrorCodes.OperationNotAllowed)),
        "field error" => new OperationResult(new Dictionary<string, object?> { ["hello"] = null }, true, [Error("boom", ErrorCodes.ResolverError)]),
        _ => Success,
    };

    private static GraphQLError Error(string message, string code) => new(message, extensions: new Dictionary<string, object?> { ["code"] = code });

    [Fact]
    public async Task Post_hands_every_parameter_and_the_caller_to_the_executor_and_answers_200()
    {
        using var response = await PostAsync("/open/graphql", """{"query":"{ hello }","operationName":"Q","variables":{"n":1},"extensions":{"e":"x"},"other":true}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"data":{"hello":"world"}}""", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.Contains("x-request-id"));
        var request = Assert.Single(_executor.Requests);
        Assert.Equal("{ hello }", request.Query);
        Assert.Equal("Q", request.OperationName);
        Assert.Equal(1, ((JsonElement)request.Variables!["n"]!).GetInt32());
        Assert.Equal("x", ((JsonElement)request.Extensions!["e"]!).GetString());
        Assert.Equal(AllowedOperations.Query | AllowedOperations.Mutation, request.AllowedOperations);
        Assert.False(request.User?.Identity?.IsAuthenticated ?? false);
        Assert.NotNull(request.Services);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(GraphQLMediaTypes.Json, HttpStatusCode.OK)]
    [InlineData(null, HttpStatusCode.OK)]
    public async Task Request_errors_are_400_under_the_graphql_media_type_and_200_under_json(string? accept, HttpStatusCode expected)
    {
        using var response = await PostAsync("/open/graphql", """{"query":"syntax error"}""", accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.StartsWith(accept ?? GraphQLMediaTypes.Json, response.Content.Headers.ContentType?.ToString());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal(ErrorCodes.SyntaxError, body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Field_errors_beside_data_are_200_under_the_graphql_media_type()
    {
        using var response = await PostAsync("/open/graphql", """{"query":"field error"}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_allows_only_queries_and_answers_a_mutation_with_405_and_allow_post()
    {
        using var query = await _client.GetAsync("/open/graphql?query=%7B%20hello%20%7D&variables=%7B%22a%22%3A1%7D");
        using var mutation = await SendAsync(HttpMethod.Get, "/open/graphql?query=mutation", null, null, GraphQLMediaTypes.Json);

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        var first = _executor.Requests.First();
        Assert.Equal(AllowedOperations.Query, first.AllowedOperations);
        Assert.Equal(1, ((JsonElement)first.Variables!["a"]!).GetInt32());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Equal("POST", mutation.Content.Headers.Allow.Single());
    }

    [Theory]
    [InlineData("""{ "not a JSON""", "not valid JSON")]
    [InlineData("", "body is empty")]
    [InlineData("""{"qeury":"{ hello }"}""", "'query' parameter is missing")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""", "'variables' parameter must be an object")]
    [InlineData("""{"query":["array"]}""", "'query' parameter must be a string")]
    public async Task Malformed_requests_are_400_under_either_media_type(string body, string expected)
    {
        foreach (var accept in new[] { GraphQLResponse, GraphQLMediaTypes.Json })
        {
            using var response = await PostAsync("/open/graphql", body, accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await SingleErrorAsync(response);
            Assert.Contains(expected, error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(ErrorCodes.BadRequest, error.GetProperty("extensions").GetProperty("code").GetString());
        }
        Assert.Empty(_executor.Requests);
    }

    [Theory]
    [InlineData("{\"query\":\"{ hello \xFF }\"}")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":{\"n\":\"\xC3\"}}")]
    [InlineData("{\"query\":\"{ hello }\",\"\xFE\":1}")]
    public async Task Bodies_that_are_not_utf8_are_400_not_a_server_error(string latin1Body)
    {
        // Each char stands for one byte, so the body carries bytes that are not UTF-8 inside JSON strings and names.
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(latin1Body));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/open/graphql") { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLResponse);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await SingleErrorAsync(response);
        Assert.Contains("not valid UTF-8", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.BadRequest, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(_executor.Requests);
    }

    [Theory]
    [InlineData("""{"query":"{ hello \ud800 }"}""")]
    [InlineData("""{"query":"{ hello }","operationName":"\udc00"}""")]
    [InlineData("""{"query":"{ hello }","variables":{"n":"a\ud83d"}}""")]
    [InlineData("""{"query":"{ hello }","variables":{"\ud800":1}}""")]
    [InlineData("""{"query":"{ hello }","extensions":{"deep":[{"x":"\ude00\ud83d"}]}}""")]
    [InlineData("""{"query":"{ hello }","\ud800":1}""")]
    public async Task Escaped_unpaired_surrogates_are_400_not_a_server_error(string body)
    {
        using var response = await PostAsync("/open/graphql", body, GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await SingleErrorAsync(response);
        Assert.Contains("unpaired surrogate", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.BadRequest, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(_executor.Requests);
    }

    [Fact]
    public async Task Escaped_surrogate_pairs_are_text_and_pass()
    {
        using var response = await PostAsync("/open/graphql", """{"query":"{ hello }","operationName":"Q","variables":{"s":"\ud83d\ude00"}}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\U0001F600", Assert.Single(_executor.Requests).Variables!["s"]?.ToString());
    }

    [Fact]
    public async Task Get_variables_escaping_an_unpaired_surrogate_are_400()
    {
        using var response = await _client.GetAsync("/open/graphql?query=%7B%20hello%20%7D&variables=" + Uri.EscapeDataString("""{"n":"\ud800"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_executor.Requests);
    }

    [Fact]
    public async Task Bad_get_parameters_are_400()
    {
        using var response = await _client.GetAsync("/open/graphql?query=%7B%20hello%20%7D&variables=%5B1%5D");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_executor.Requests);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Other_request_media_types_are_415(string contentType)
    {
        using var response = await SendAsync(HttpMethod.Post, "/open/graphql", """{"query":"{ hello }"}""", contentType, null);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(TransportErrorCodes.UnsupportedMediaType, await SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task An_accept_header_allowing_no_json_is_406()
    {
        using var response = await PostAsync("/open/graphql", """{"query":"{ hello }"}""", "application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(TransportErrorCodes.NotAcceptable, await SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow()
    {
        using var response = await SendAsync(HttpMethod.Put, "/open/graphql", """{"query":"{ hello }"}""", "application/json", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_413_whether_or_not_they_declare_their_length()
    {
        var large = "{\"query\":\"{ hello }\",\"extensions\":{\"pad\":\"" + new string('x', MaxRequestBytes) + "\"}}";
        using var declared = await PostAsync("/open/graphql", large, GraphQLResponse);
        using var chunked = await SendAsync(HttpMethod.Post, "/open/graphql", large, "application/json", GraphQLResponse, chunked: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        Assert.Equal(TransportErrorCodes.RequestTooLarge, await SingleErrorCodeAsync(chunked));
        Assert.Empty(_executor.Requests);
    }

    [Fact]
    public async Task A_schema_behind_a_policy_refuses_anonymous_callers_with_401()
    {
        using var response = await PostAsync("/closed/graphql", """{"query":"{ hello }"}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(AuthErrorCodes.NotAuthenticated, await SingleErrorCodeAsync(response));
        Assert.Empty(_executor.Requests);
    }

    [Fact]
    public async Task A_schema_behind_a_policy_refuses_callers_without_the_role_with_403()
    {
        using var response = await PostAsync("/closed/graphql", """{"query":"{ hello }"}""", GraphQLResponse, _server.IssueToken("agency-dev", "agency"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AuthErrorCodes.NotAuthorized, await SingleErrorCodeAsync(response));
        Assert.Empty(_executor.Requests);
    }

    [Fact]
    public async Task A_schema_behind_a_policy_serves_callers_with_the_role_and_passes_them_on()
    {
        using var response = await PostAsync("/closed/graphql", """{"query":"{ hello }"}""", GraphQLResponse, _server.IssueToken("analyst", SermoRoles.Pharma));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = Assert.Single(_executor.Requests).User;
        Assert.Equal("analyst", user?.Identity?.Name);
        Assert.True(user?.IsInRole(SermoRoles.Pharma));
    }

    [Fact]
    public async Task An_invalid_token_is_refused_even_where_anonymous_callers_are_welcome()
    {
        using var response = await PostAsync("/open/graphql", """{"query":"{ hello }"}""", GraphQLMediaTypes.Json, "forged.token.value");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
        Assert.Equal(AuthErrorCodes.NotAuthenticated, await SingleErrorCodeAsync(response));
        Assert.Empty(_executor.Requests);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string body, string? accept, string? token = null) =>
        SendAsync(HttpMethod.Post, path, body, "application/json", accept, token);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body, string? contentType, string? accept, string? token = null, bool chunked = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = chunked ? new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))) : new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request);
    }

    private static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray()).Clone();
    }

    private static async Task<string?> SingleErrorCodeAsync(HttpResponseMessage response) =>
        (await SingleErrorAsync(response)).GetProperty("extensions").GetProperty("code").GetString();
}
