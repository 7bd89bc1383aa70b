using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Sermo.GraphQL.Execution;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>The product path: a page of 20 cases (the second page of one specialty, newest first, reached with the
/// first page's end cursor) with each case's author and advice, from the query text to UTF-8 JSON bytes. Three ways:
/// our engine with authorization on every field, the same schema without requirements, and the hand-written
/// <see cref="ProductPathCeiling"/>. <see cref="CreateAsync"/> refuses to return unless all three answer the same.</summary>
public sealed class ProductPathWorkload : IAsyncDisposable
{
    public const string Specialty = "cardiology";
    public const int PageSize = 20;

    public const string Query = """
        query CasePage($after: String) {
          cases(first: 20, after: $after, where: { specialty: { eq: "cardiology" } }, orderBy: [{ postedAt: DESC }]) {
            edges {
              cursor
              node { id title postedAt author { pseudonym specialty } advice { body helpfulVotes } }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    /// <summary>A verified physician, as the server's token would describe one.</summary>
    private static readonly ClaimsPrincipal Physician = new(new ClaimsIdentity(
        [new Claim("sub", "member-1"), new Claim(ClaimTypes.Role, PhysicianOnly<object>.Role), new Claim("verified", "true")], "Bearer"));

    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly JsonResponseBuffer _json = new();

    private ProductPathWorkload(ClinicDatabase database, string after)
    {
        Database = database;
        After = after;
        _variables = new Dictionary<string, object?> { ["after"] = after };
        Ceiling = new ProductPathCeiling(database.Contexts, ProductPathSchema.Cursors);
    }

    public ClinicDatabase Database { get; }

    /// <summary>The end cursor of the first page: the measured page is the second.</summary>
    public string After { get; }

    public RequestExecutor Authorized { get; } = new(ProductPathSchema.Build(authorize: true));

    public RequestExecutor Unguarded { get; } = new(ProductPathSchema.Build(authorize: false));

    public ProductPathCeiling Ceiling { get; }

    public static async Task<ProductPathWorkload> CreateAsync()
    {
        var database = await ClinicDatabase.CreateAsync();
        var firstPage = new ProductPathWorkload(database, "");
        var firstJson = await firstPage.RunToJsonAsync(firstPage.Authorized, new Dictionary<string, object?> { ["after"] = null });
        var after = JsonNode.Parse(firstJson)!["data"]!["cases"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var workload = new ProductPathWorkload(database, after);
        database.Commands.Recording = true;
        var ours = await workload.RunToJsonAsync(workload.Authorized, workload._variables);
        workload.OurSql = database.Commands.Take();
        var unguarded = await workload.RunToJsonAsync(workload.Unguarded, workload._variables);
        database.Commands.Take();
        await workload.RunCeilingAsync();
        workload.CeilingSql = database.Commands.Take();
        database.Commands.Recording = false;
        var ceiling = Encoding.UTF8.GetString(workload.Ceiling.Written);
        if (workload.OurSql.Count != 3 || workload.CeilingSql.Count != 3)
            throw new InvalidOperationException(
                $"Ours and the ceiling should each send three commands (the page, the authors, the advice); they sent {workload.OurSql.Count} and {workload.CeilingSql.Count}.");
        if (!JsonNode.DeepEquals(JsonNode.Parse(ours), JsonNode.Parse(ceiling)) || !JsonNode.DeepEquals(JsonNode.Parse(ours), JsonNode.Parse(unguarded)))
            throw new InvalidOperationException(
                $"The product path's contenders answer differently, so the comparison would not be fair.{Environment.NewLine}" +
                $"Ours: {ours}{Environment.NewLine}Without authorization: {unguarded}{Environment.NewLine}Ceiling: {ceiling}");
        if (JsonNode.Parse(ours)!["data"]!["cases"]!["edges"]!.AsArray().Count != PageSize)
            throw new InvalidOperationException($"The measured page should hold {PageSize} cases: {ours}");
        workload.Response = ours;
        return workload;
    }

    /// <summary>The response every contender gives (checked at creation).</summary>
    public string Response { get; private set; } = "";

    /// <summary>The SQL our request sent at the check (the page first; the two batches in either order).</summary>
    public IReadOnlyList<string> OurSql { get; private set; } = [];

    /// <summary>The SQL the ceiling sent at the check.</summary>
    public IReadOnlyList<string> CeilingSql { get; private set; } = [];

    /// <summary>One request as the server runs it: a service scope, the caller, the query text (the document
    /// cached after the first), the result written as UTF-8 JSON and released.</summary>
    public async Task<int> RunAsync(RequestExecutor executor)
    {
        await using var scope = Database.Services.CreateAsyncScope();
        await using var result = await executor.ExecuteAsync(Request(scope.ServiceProvider, _variables));
        return _json.Write((OperationResult)result);
    }

    public Task<int> RunCeilingAsync() => Ceiling.WriteAsync(Specialty, PageSize, After);

    /// <summary>The ceiling's three queries alone, not written.</summary>
    public async Task<int> RunCeilingQueriesAsync() => (await Ceiling.LoadAsync(Specialty, PageSize, After)).Cases.Count;

    private async Task<string> RunToJsonAsync(RequestExecutor executor, IReadOnlyDictionary<string, object?> variables)
    {
        await using var scope = Database.Services.CreateAsyncScope();
        await using var result = (OperationResult)await executor.ExecuteAsync(Request(scope.ServiceProvider, variables));
        var json = ResultJsonWriter.ToJson(result);
        if (result.Errors.Count > 0)
            throw new InvalidOperationException(
                $"The product path's request fails: {json}{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors.Select(error => error.Exception))}");
        return json;
    }

    private static GraphQLRequest Request(IServiceProvider services, IReadOnlyDictionary<string, object?> variables) =>
        new() { Query = Query, Variables = variables, Services = services, User = Physician };

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
