using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sermo.Api.Transport;
using Sermo.Api.Transport.Multipart;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.GraphQL;

/// <summary>The GraphQL multipart request specification over real HTTP: files mapped into variables, and a clear 400 or
/// 413 for each malformed request, against a schema with the <c>Upload</c> scalar (/files/graphql) and one without
/// (/plain/graphql). Small limits keep the bodies small.</summary>
public sealed class MultipartTransportTests : IAsyncLifetime
{
    private const int MaxFiles = 3;
    private const int MaxFileBytes = 2048;

    private readonly List<IUploadedFile> _received = [];
    private SermoServer _server = null!;
    private HttpClient _client = null!;

    public sealed record DescribeInput(string Note, IReadOnlyList<IUploadedFile> Files);

    public sealed class Mutation(List<IUploadedFile> received)
    {
        [GraphQLField]
        public async Task<IReadOnlyList<string>> Describe(DescribeInput input)
        {
            var described = new List<string>();
            foreach (var file in input.Files)
            {
                received.Add(file);
                using var reader = new StreamReader(file.OpenReadStream());
                described.Add($"{input.Note}:{file.FileName}:{file.ContentType}:{file.Length}:{await reader.ReadToEndAsync()}");
            }
            return described;
        }

        [GraphQLField]
        public long Size(IUploadedFile file) => file.Length;
    }

    public sealed class Query
    {
        [GraphQLField]
        public string Hello() => "hi";
    }

    public Task InitializeAsync()
    {
        var withFiles = new SchemaBuilder().AddQueryType<Query>().AddMutationType<Mutation>().Build();
        var plain = new SchemaBuilder().AddQueryType<Query>().Build();
        _server = SermoServer.Start(
            new Dictionary<string, string?>
            {
                ["Uploads:MaxFiles"] = MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Uploads:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Uploads:MaxRequestBytes"] = "6000",
            },
            services =>
            {
                services.RemoveAll<GraphQLSchemaEndpoint>();
                services.AddSingleton(new GraphQLSchemaEndpoint("files", "/files/graphql", new RequestExecutor(withFiles), null));
                services.AddSingleton(new GraphQLSchemaEndpoint("plain", "/plain/graphql", new RequestExecutor(plain), null));
                services.AddSingleton(new Mutation(_received));
            });
        _client = _server.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private const string DescribeOperations =
        """{"query":"mutation($input: DescribeInput!) { describe(input: $input) }","variables":{"input":{"note":"n","files":[null,null]}}}""";

    private static MultipartFormDataContent Form(string operations, string? map, params (string Name, string FileName, string Content)[] files)
    {
        var form = new MultipartFormDataContent();
        form.Add(new StringContent(operations, Encoding.UTF8), "operations");
        if (map is not null)
            form.Add(new StringContent(map, Encoding.UTF8), "map");
        foreach (var (name, fileName, content) in files)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(part, name, fileName);
        }
        return form;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpContent content, string path = "/files/graphql", bool preflight = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (preflight)
            request.Headers.Add(MultipartRequestReader.PreflightHeader, "1");
        using var response = await _client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    private static string CodeOf(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task Files_are_mapped_into_the_variables_in_the_order_the_map_gives()
    {
        var (status, body) = await PostAsync(Form(DescribeOperations, """{"a":["variables.input.files.1"],"b":["variables.input.files.0"]}""",
            ("a", "first.txt", "alpha"), ("b", "second.txt", "beta")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""["n:second.txt:text/plain:4:beta","n:first.txt:text/plain:5:alpha"]""", body.GetProperty("data").GetProperty("describe").GetRawText());
    }

    [Fact]
    public async Task One_file_may_fill_several_paths()
    {
        var (status, body) = await PostAsync(Form(DescribeOperations, """{"0":["variables.input.files.0","variables.input.files.1"]}""", ("0", "same.txt", "x")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.GetProperty("data").GetProperty("describe").GetArrayLength());
    }

    [Fact]
    public async Task The_temporary_copies_are_gone_once_the_request_has_answered()
    {
        var (status, _) = await PostAsync(Form(DescribeOperations, """{"a":["variables.input.files.0"],"b":["variables.input.files.1"]}""", ("a", "a.txt", "1"), ("b", "b.txt", "2")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(_received);
        // The server disposes of the request's files just after the response is sent, so the client may be first.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (_received.Any(Exists) && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.DoesNotContain(_received, Exists);
    }

    private static bool Exists(IUploadedFile file)
    {
        try
        {
            file.OpenReadStream().Dispose();
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Without_the_preflight_header_nothing_is_read()
    {
        var (status, body) = await PostAsync(Form(DescribeOperations, """{"a":["variables.input.files.0"]}""", ("a", "a.txt", "1")), preflight: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(TransportErrorCodes.PreflightRequired, CodeOf(body));
        Assert.Contains("GraphQL-Preflight", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_without_the_upload_scalar_takes_no_multipart_request()
    {
        var (status, body) = await PostAsync(Form("""{"query":"{ hello }"}""", "{}"), "/plain/graphql");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal(TransportErrorCodes.UnsupportedMediaType, CodeOf(body));
    }

    public static TheoryData<string, string?, string, string> MalformedRequests => new()
    {
        { DescribeOperations, null, "a", "'map' part must follow 'operations'" },
        { DescribeOperations, """{"a":["variables.input.nothing"]}""", "a", "does not name a null" },
        { DescribeOperations, """{"a":["variables.input.note"]}""", "a", "does not name a null" },
        { DescribeOperations, """{"a":["variables.input.files.7"]}""", "a", "does not name a null" },
        { DescribeOperations, """{"a":["query"]}""", "a", "does not start with 'variables.'" },
        { DescribeOperations, """{"a":["variables.input.files.0"]}""", "stray", "'stray' is not named in the 'map'" },
        { DescribeOperations, """{"a":["variables.input.files.0"],"b":["variables.input.files.1"]}""", "a", "names the file part 'b', which the request does not carry" },
        { DescribeOperations, """["variables.input.files.0"]""", "a", "must be a JSON object" },
        { DescribeOperations, """{"a":"variables.input.files.0"}""", "a", "non-empty array" },
        { "[" + DescribeOperations + "]", """{"a":["0.variables.input.files.0"]}""", "a", "one operation per request" },
        { "{not json", """{"a":["variables.input.files.0"]}""", "a", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task A_malformed_request_gets_a_400_saying_what_is_wrong(string operations, string? map, string partName, string expected)
    {
        var (status, body) = await PostAsync(Form(operations, map, (partName, "a.txt", "1")));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", CodeOf(body));
        Assert.Contains(expected, body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task Files_before_the_operations_are_refused()
    {
        var form = new MultipartFormDataContent { { new StringContent("x"), "a", "a.txt" }, { new StringContent(DescribeOperations), "operations" } };

        var (status, body) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("first part of a multipart request must be 'operations'", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_multipart_body_is_a_400()
    {
        var text = $"--b\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{DescribeOperations}\r\n--b\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n{{\"a\":[\"variables.input.files.0\"]}}\r\n--b\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a.txt\"\r\n\r\nhalf a fi";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");

        var (status, body) = await PostAsync(content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", CodeOf(body));
        Assert.Empty(_received);
    }

    [Fact]
    public async Task A_multipart_content_type_without_boundary_is_a_400()
    {
        var content = new StringContent("irrelevant");
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var (status, body) = await PostAsync(content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("boundary", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_files_than_allowed_get_a_413()
    {
        var map = """{"a":["variables.input.files.0"],"b":["variables.input.files.1"],"c":["variables.input.files.0"],"d":["variables.input.files.1"]}""";

        var (status, body) = await PostAsync(Form(DescribeOperations, map, ("a", "a.txt", "1"), ("b", "b.txt", "2"), ("c", "c.txt", "3"), ("d", "d.txt", "4")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(TransportErrorCodes.TooManyFiles, CodeOf(body));
    }

    [Fact]
    public async Task A_file_over_the_limit_gets_a_413_and_is_not_kept()
    {
        var (status, body) = await PostAsync(Form(DescribeOperations, """{"a":["variables.input.files.0"],"b":["variables.input.files.1"]}""",
            ("a", "small.txt", "1"), ("b", "big.txt", new string('x', MaxFileBytes + 1))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(TransportErrorCodes.RequestTooLarge, CodeOf(body));
        Assert.Contains("'b'", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task Curl_sends_a_request_the_server_reads()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sermo-curl-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "from curl");
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("curl")
            {
                ArgumentList =
                {
                    "--silent", "--show-error", "--header", "GraphQL-Preflight: 1",
                    "--form", "operations=" + DescribeOperations,
                    "--form", "map={\"0\":[\"variables.input.files.0\",\"variables.input.files.1\"]}",
                    "--form", $"0=@{file};type=text/plain;filename=note.txt",
                    new Uri(_server.BaseAddress, "/files/graphql").ToString(),
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var curl = System.Diagnostics.Process.Start(start)!;
            var output = await curl.StandardOutput.ReadToEndAsync();
            await curl.WaitForExitAsync();

            Assert.True(curl.ExitCode == 0, await curl.StandardError.ReadToEndAsync());
            Assert.Equal("""{"data":{"describe":["n:note.txt:text/plain:9:from curl","n:note.txt:text/plain:9:from curl"]}}""", output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
