using Sermo.Api.Auth;
using Sermo.Api.Data;
using Sermo.Api.Events;
using Sermo.Api.Transport;
using Sermo.Api.Hosting;
using Sermo.Api.Ide;
using Sermo.Api.Images;
using Sermo.Api.Reports;
using Sermo.Api.Schemas;
using Sermo.Api.Schemas.Pharma.Reports;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSermoHosting(builder.Configuration);
builder.Services.AddSermoTelemetry(builder.Configuration);
builder.Services.AddSermoAuthentication(builder.Configuration);
builder.Services.AddSermoDatabase(builder.Configuration);
builder.Services.AddSermoReports(builder.Configuration);
builder.Services.AddSermoGraphQLTransport();
builder.Services.AddSermoRelay(builder.Configuration);
builder.Services.AddSermoSchemas();
builder.Services.AddSermoEventBus(builder.Configuration);
builder.Services.AddSermoSubscriptions(builder.Configuration);

var app = builder.Build();
if (SermoCommandLine.TryRun(app, args) is { } exitCode)
    return exitCode;
await app.Services.InitialiseSermoDatabaseAsync();

app.UseSermoRequestId();
app.UseAuthentication();
app.UseSermoSubscriptions();
app.MapSermoHealthChecks();
app.MapSermoGraphiQLAssets();
app.MapSermoGraphQL();
app.MapSermoImages();
app.MapPharmaReportDownloads();
app.Run();
return 0;

/// <summary>Entry point type, visible to the test host.</summary>
public partial class Program;
