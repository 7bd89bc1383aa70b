using Microsoft.EntityFrameworkCore;
using Sermo.Api.Auth;
using Sermo.Api.Data;
using Sermo.Api.Schemas;
using Sermo.Benchmarks.PharmaDirect;
using Sermo.Domain.Persistence;
using Sermo.Domain.Reports;
using Sermo.GraphQL.Relay;

// The contender of the pharma benchmark (benchmarks/pharma/run.sh): the drug/indication report computed per request
// straight from the ratings table, as a server without release tables would have to. Same authentication and database
// setup as Sermo.Api; the answer is the same quarters, dimensions and breakdowns as the graph's drugReport (without the
// disclosure control, which only makes it cheaper).
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddSermoAuthentication(builder.Configuration);
builder.Services.AddSermoDatabase(builder.Configuration);
builder.Services.AddSermoRelay(builder.Configuration);
builder.Services.AddSingleton<DirectReportEndpoint>();

var app = builder.Build();
app.UseAuthentication();
app.MapGet("/", () => "pharma direct aggregation");
app.MapPost("/direct-report", (HttpContext context, DirectReportEndpoint endpoint) => endpoint.WriteAsync(context));
// The pair both contenders report on: the drug and indication with the most published cells in the latest release.
app.MapGet("/bench-pair", async (IDbContextFactory<SermoDbContext> contexts, GlobalIdCodec ids) =>
{
    await using var db = await contexts.CreateDbContextAsync();
    var latest = await db.ReportReleases.AsNoTracking().OrderByDescending(r => r.PublishedAt).Select(r => r.Id).FirstAsync();
    var pair = await db.ReportCells.AsNoTracking().Where(c => c.ReleaseId == latest && c.Scope == ReportScope.Drug && !c.Suppressed)
        .GroupBy(c => new { c.SubjectId, c.IndicationId }).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.SubjectId).Select(g => g.Key).FirstAsync();
    return $"{pair.SubjectId} {pair.IndicationId} {ids.Encode("Drug", pair.SubjectId)} {ids.Encode("Indication", pair.IndicationId)}";
});
app.Run();
