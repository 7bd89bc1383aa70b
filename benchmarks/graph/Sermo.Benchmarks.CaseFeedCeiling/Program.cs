using Sermo.Api.Auth;
using Sermo.Api.Data;
using Sermo.Api.Schemas;
using Microsoft.EntityFrameworkCore;
using Sermo.Benchmarks.CaseFeedCeiling;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;

// The ceiling of the case-feed benchmark (benchmarks/graph/run.sh): the same job as the partner graph's case-feed
// query, written by hand. The same JwtBearer authentication, the same EF Core SQL and the same JSON bytes, with
// nothing of GraphQL: no parsing, validation, field authorization or result tree.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddSermoAuthentication(builder.Configuration);
builder.Services.AddSermoDatabase(builder.Configuration);
builder.Services.AddSermoRelay(builder.Configuration);
builder.Services.AddSingleton<CaseFeedEndpoint>();

var app = builder.Build();
app.UseAuthentication();
app.MapGet("/", () => "case-feed ceiling");
app.MapPost("/case-feed", (HttpContext context, CaseFeedEndpoint endpoint) => endpoint.WriteAsync(context));
// The member the benchmark's token acts for: the first verified member, so both contenders answer the same caller.
app.MapGet("/bench-member", async (IDbContextFactory<SermoDbContext> contexts) =>
{
    await using var db = await contexts.CreateDbContextAsync();
    return (await db.Physicians.AsNoTracking().Where(p => p.Status == PhysicianStatus.Verified).OrderBy(p => p.Pseudonym).FirstAsync()).Id.ToString();
});
app.Run();
