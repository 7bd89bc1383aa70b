using System.Security.Cryptography;
using System.Text;
using Sermo.Api.Auth;
using Sermo.Api.Transport;
using Sermo.Api.Hosting;
using Sermo.Benchmarks.Workloads;
using Sermo.GraphQL.Execution;

namespace Sermo.Benchmarks.HttpHost;

/// <summary>The authors/books workload over HTTP for the side-by-side benchmark (benchmarks/http/run.sh):
/// <c>POST /graphql</c> goes through the same pipeline as Sermo.Api (request id, bearer authentication, the
/// GraphQL-over-HTTP transport, the engine); <c>POST /bare</c> answers the very same bytes from a bare
/// endpoint, the ceiling of Kestrel on this machine. The workload (SDL, data, query, the md5 resolver) is the
/// engine benchmarks' own. Logs at Warning and above only, like the Node peers.</summary>
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
        var executor = AuthorsBooks.CreateExecutor(AuthorsBooks.LoadData());
        builder.Services.AddSingleton(new GraphQLSchemaEndpoint("authors-books", "/graphql", executor, authorizationPolicy: null));

        var app = builder.Build();
        var bare = ExpectedResponse(executor);
        app.Use(next => context => context.Request.Path == "/bare" ? WriteBareAsync(context, bare) : next(context));
        app.UseSermoRequestId();
        app.UseAuthentication();
        app.MapSermoGraphQL();
        app.Run();
    }

    private static byte[] ExpectedResponse(RequestExecutor executor)
    {
        var result = (OperationResult)executor.ExecuteAsync(new GraphQLRequest { Query = AuthorsBooks.Query }).GetAwaiter().GetResult();
        return Encoding.UTF8.GetBytes(ResultJsonWriter.ToJson(result));
    }

    private static Task WriteBareAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }
}
