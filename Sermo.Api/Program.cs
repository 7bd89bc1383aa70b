using Sermo.Api.Auth;
using Sermo.Api.Data;
using Sermo.Api.GraphQL;
using Sermo.Api.Hosting;
using Sermo.Api.Schemas;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSermoHosting(builder.Configuration);
builder.Services.AddSermoAuthentication(builder.Configuration);
builder.Services.AddSermoDatabase(builder.Configuration);
builder.Services.AddSermoGraphQLTransport();
builder.Services.AddSermoSchemas();

var app = builder.Build();
if (SermoCommandLine.TryRun(app, args) is { } exitCode)
    return exitCode;
await app.Services.InitialiseSermoDatabaseAsync();

app.UseSermoRequestId();
app.UseAuthentication();
app.MapSermoHealthChecks();
app.MapSermoGraphQL();
app.Run();
return 0;

/// <summary>Entry point type, visible to the test host.</summary>
public partial class Program;
