using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sermo.Api.Auth;
using Sermo.Api.GraphQL;
using Sermo.Api.Hosting;
using Sermo.Api.Schemas;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Utilities;

namespace Sermo.Benchmarks.HttpHost;

/// <summary>The authors/books workload over HTTP for the side-by-side benchmark (benchmarks/http/run.sh):
/// <c>POST /graphql</c> goes through the same pipeline as Sermo.Api (request id, bearer authentication, the
/// GraphQL-over-HTTP transport, the engine); <c>POST /bare</c> answers the very same bytes from a bare
/// endpoint, the ceiling of Kestrel on this machine. Logs at Warning and above only, like the Node peers.</summary>
public static class BenchmarkHost
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration[$"{AuthOptions.SectionName}:{nameof(AuthOptions.SigningKey)}"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        builder.Services.AddSermoHosting(builder.Configuration);
        builder.Services.AddSermoAuthentication(builder.Configuration);
        builder.Services.AddSermoGraphQLTransport();
        var workload = Workload.Load();
        var executor = CreateExecutor(workload);
        builder.Services.AddSingleton(new GraphQLSchemaEndpoint("authors-books", "/graphql", executor, authorizationPolicy: null));

        var app = builder.Build();
        var bare = ExpectedResponse(executor, workload.Query);
        app.Use(next => context => context.Request.Path == "/bare" ? WriteBareAsync(context, bare) : next(context));
        app.UseSermoRequestId();
        app.UseAuthentication();
        app.MapSermoGraphQL();
        app.Run();
    }

    /// <summary>The workload's schema with <c>authors</c> reading the data and <c>md5</c> hashing on every request.</summary>
    private static RequestExecutor CreateExecutor(Workload workload)
    {
        var options = new SdlBuildOptions
        {
            Resolvers =
            {
                ["Query.authors"] = _ => ValueTask.FromResult<object?>(workload.Data.Authors),
                ["Author.md5"] = context => ValueTask.FromResult<object?>(
                    Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(((Author)context.Parent!).Name)))),
            },
        };
        return new RequestExecutor(SdlSchemaBuilder.Build(workload.Sdl, options));
    }

    private static byte[] ExpectedResponse(RequestExecutor executor, string query)
    {
        var result = (OperationResult)executor.ExecuteAsync(new GraphQLRequest { Query = query }).GetAwaiter().GetResult();
        return Encoding.UTF8.GetBytes(ResultJsonWriter.ToJson(result));
    }

    /// <summary>The workload files in Sermo.Benchmarks/Workloads, read where the Node peers read them.</summary>
    private sealed record Workload(string Sdl, string Query, AuthorsData Data)
    {
        public static Workload Load()
        {
            var root = SchemaFiles.FindRepositoryRoot(AppContext.BaseDirectory)
                ?? throw new InvalidOperationException($"No Sermo.sln above {AppContext.BaseDirectory}: run the host from the repository build.");
            string Read(string name) => File.ReadAllText(Path.Combine(root, "Sermo.Benchmarks", "Workloads", name));
            var data = JsonSerializer.Deserialize<AuthorsData>(Read("authors-books.json"), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new InvalidOperationException("authors-books.json holds no data.");
            return new Workload(Read("authors-books.graphql"), Read("authors-books.query.graphql"), data);
        }
    }

    private sealed record AuthorsData(IReadOnlyList<Author> Authors);

    private sealed record Author(string Id, string Name, IReadOnlyList<Book> Books);

    private sealed record Book(string Id, string Name);

    private static Task WriteBareAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }
}
