using Microsoft.AspNetCore.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.GraphQL.Authorization;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>The seeded clinic database in memory, and the services a request of the product path runs with: the
/// pooled context factory and the server's field authorizer over ASP.NET Core authorization.
/// The database is SQLite in memory with a shared cache: each context opens a connection of its own (so the
/// DataLoaders of one request read in parallel, each on its own context), and one connection held open for the
/// database's life keeps it alive.</summary>
public sealed class ClinicDatabase : IAsyncDisposable
{
    /// <summary>The policy guarding the connection: a verified physician (claim <c>verified</c> = <c>true</c>).</summary>
    public const string VerifiedPolicy = "verified-physician";

    private readonly SqliteConnection _keeper;

    private ClinicDatabase(SqliteConnection keeper, ServiceProvider services, SqlCommandRecorder commands)
    {
        Commands = commands;
        _keeper = keeper;
        Services = services;
        Contexts = services.GetRequiredService<IDbContextFactory<ClinicContext>>();
    }

    public ServiceProvider Services { get; }

    public IDbContextFactory<ClinicContext> Contexts { get; }

    public SqlCommandRecorder Commands { get; }

    public static async Task<ClinicDatabase> CreateAsync()
    {
        var connectionString = $"Data Source=clinic_{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var keeper = new SqliteConnection(connectionString);
        await keeper.OpenAsync();

        var services = new ServiceCollection();
        // ASP.NET Core authorization logs its decisions; no provider is added, so nothing is written.
        services.AddLogging();
        var commands = new SqlCommandRecorder();
        services.AddPooledDbContextFactory<ClinicContext>(options => options.UseSqlite(connectionString).AddInterceptors(commands));
        services.AddAuthorizationCore(options => options.AddPolicy(VerifiedPolicy,
            policy => policy.RequireAuthenticatedUser().RequireClaim("verified", "true")));
        // Scoped, as the server registers it: one per request.
        services.AddScoped<IFieldAuthorizer, AspNetCoreFieldAuthorizer>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var database = new ClinicDatabase(keeper, provider, commands);
        await using var db = await database.Contexts.CreateDbContextAsync();
        await ClinicSeed.SeedAsync(db);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _keeper.DisposeAsync();
    }
}
