using System.Text;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Types;

/// <summary>The <c>Upload</c> scalar: a file reaches a resolver only as a variable's value the transport put there;
/// JSON, literals and results cannot carry one.</summary>
public sealed class UploadScalarTests
{
    private sealed class InMemoryFile(string fileName, string content) : IUploadedFile
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(content);
        public string FileName { get; } = fileName;
        public string? ContentType => "text/plain";
        public long Length => _bytes.Length;
        public Stream OpenReadStream() => new MemoryStream(_bytes, writable: false);
    }

    public sealed record AttachInput(string Title, IUploadedFile File);

    public sealed class Mutation
    {
        [GraphQLField]
        public async Task<string> Attach(AttachInput input)
        {
            using var reader = new StreamReader(input.File.OpenReadStream());
            return $"{input.Title}: {input.File.FileName} ({input.File.Length} bytes) {await reader.ReadToEndAsync()}";
        }
    }

    public sealed record AttachAllInput(string Note, IReadOnlyList<IUploadedFile> Files);

    public sealed class ListMutation(List<string> seen)
    {
        [GraphQLField]
        public int AttachAll(AttachAllInput input)
        {
            seen.AddRange(input.Files.Select(file => file.FileName));
            return input.Files.Count;
        }
    }

    public sealed class Query
    {
        [GraphQLField]
        public string Hello() => "hi";
    }

    public sealed class LeakyQuery
    {
        [GraphQLField]
        public IUploadedFile? File() => null;
    }

    private static Schema BuildSchema() => new SchemaBuilder().AddQueryType<Query>().AddMutationType<Mutation>().Build();

    private static async Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables)
    {
        await using var result = await new RequestExecutor(BuildSchema()).ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables });
        return ResultJsonWriter.ToJson(Assert.IsType<OperationResult>(result));
    }

    private const string AttachMutation = "mutation($input: AttachInput!) { attach(input: $input) }";

    [Fact]
    public async Task A_file_placed_in_a_variable_reaches_the_resolver()
    {
        using var title = JsonDocument.Parse("\"Notes\"");
        var input = new Dictionary<string, object?> { ["title"] = title.RootElement.Clone(), ["file"] = new InMemoryFile("a.txt", "hello") };

        var json = await RunAsync(AttachMutation, new Dictionary<string, object?> { ["input"] = input });

        Assert.Equal("{\"data\":{\"attach\":\"Notes: a.txt (5 bytes) hello\"}}", json);
    }

    [Fact]
    public async Task Files_in_a_list_reach_the_resolver()
    {
        var seen = new List<string>();
        var services = new ServiceCollection().AddSingleton(new ListMutation(seen)).BuildServiceProvider();
        var schema = new SchemaBuilder().AddQueryType<Query>().AddMutationType<ListMutation>().Build();
        using var note = JsonDocument.Parse("\"n\"");
        var input = new Dictionary<string, object?> { ["note"] = note.RootElement.Clone(), ["files"] = new List<object?> { new InMemoryFile("a", "1"), new InMemoryFile("b", "2") } };

        await using var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "mutation($input: AttachAllInput!) { attachAll(input: $input) }",
            Variables = new Dictionary<string, object?> { ["input"] = input },
            Services = services,
        });

        Assert.Equal("{\"data\":{\"attachAll\":2}}", ResultJsonWriter.ToJson(Assert.IsType<OperationResult>(result)));
        Assert.Equal(["a", "b"], seen);
    }

    [Fact]
    public async Task A_json_value_is_not_a_file()
    {
        using var input = JsonDocument.Parse("{\"title\":\"Notes\",\"file\":\"aGVsbG8=\"}");

        var json = await RunAsync(AttachMutation, new Dictionary<string, object?> { ["input"] = input.RootElement.Clone() });

        Assert.Contains("BAD_USER_INPUT", json, StringComparison.Ordinal);
        Assert.Contains("multipart request", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\":{", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_literal_cannot_be_a_file()
    {
        var json = await RunAsync("mutation { attach(input: { title: \"Notes\", file: \"a.txt\" }) }", null);

        Assert.Contains("GRAPHQL_VALIDATION_FAILED", json, StringComparison.Ordinal);
        Assert.Contains("Upload", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Upload_is_input_only()
    {
        Assert.Throws<ScalarCoercionException>(() => Scalars.Upload.Serialize(new InMemoryFile("a.txt", "x")));
        Assert.Throws<ScalarCoercionException>(() => Scalars.Upload.ParseLiteral(new StringValueNode("a.txt")));
        var failure = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddQueryType<LeakyQuery>().Build());
        Assert.Contains("Upload is an input type", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_names_the_multipart_specification()
    {
        var printed = Sermo.GraphQL.Utilities.SchemaPrinter.Print(BuildSchema());

        Assert.Contains("scalar Upload @specifiedBy(url: \"https://github.com/jaydenseric/graphql-multipart-request-spec\")", printed, StringComparison.Ordinal);
        Assert.Contains("file: Upload!", printed, StringComparison.Ordinal);
    }
}
