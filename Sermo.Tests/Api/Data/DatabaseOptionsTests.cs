using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Sermo.Api.Data;
using Sermo.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Sermo.Tests.Api.Data;

public class DatabaseOptionsTests
{
    private static ServiceProvider Services(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new StubEnvironment());
        services.AddLogging();
        services.AddSermoDatabase(configuration);
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("Oracle", null, "'Oracle' is not supported")]
    [InlineData("Postgres", null, "needs ConnectionStrings:Sermo")]
    [InlineData("SqlServer", null, "needs ConnectionStrings:Sermo")]
    public void A_bad_configuration_fails_at_start_with_a_clear_message(string provider, string? connectionString, string expected)
    {
        using var services = Services(("Database:Provider", provider), ("ConnectionStrings:Sermo", connectionString));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DatabaseOptions>>().Value);

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Sqlite_is_the_default_with_a_file_in_the_content_root()
    {
        using var services = Services();

        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        using var db = services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContext();

        Assert.Equal(DatabaseProvider.Sqlite, options.ProviderKind);
        Assert.True(db.Database.IsSqlite());
        Assert.Equal(Path.Combine(StubEnvironment.Root, "sermo.db"), new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
    }

    [Fact]
    public void The_factory_gives_each_caller_its_own_context()
    {
        using var services = Services(("Database:Provider", "postgres"), ("ConnectionStrings:Sermo", "Host=localhost;Database=sermo"));
        var factory = services.GetRequiredService<IDbContextFactory<SermoDbContext>>();

        using var one = factory.CreateDbContext();
        using var two = factory.CreateDbContext();

        Assert.NotSame(one, two);
        Assert.True(one.Database.IsNpgsql());
    }

    [Fact]
    public async Task Start_up_creates_the_database_seeds_the_demo_once_and_leaves_it_alone_after()
    {
        var directory = Directory.CreateTempSubdirectory("sermo-init-").FullName;
        try
        {
            using var services = Services(("ConnectionStrings:Sermo", $"Data Source={Path.Combine(directory, "init.db")};Pooling=False"));

            await services.InitialiseSermoDatabaseAsync();
            await services.InitialiseSermoDatabaseAsync();

            await using var db = services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContext();
            Assert.Equal(Sermo.Seeding.SeedPlan.Demo.Physicians, await db.Physicians.CountAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("Sqlite", null, true)]
    [InlineData("Postgres", null, false)]
    [InlineData("SqlServer", null, false)]
    [InlineData("Sqlite", "false", false)]
    [InlineData("Postgres", "true", true)]
    public void Migrating_at_start_up_defaults_to_on_for_sqlite_only(string provider, string? migrateOnStart, bool expected)
    {
        using var services = Services(("Database:Provider", provider), ("ConnectionStrings:Sermo", "Data Source=x"), ("Database:MigrateOnStart", migrateOnStart));

        Assert.Equal(expected, services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigratesOnStart);
    }

    [Fact]
    public async Task Without_migrating_at_start_up_a_database_behind_is_not_ready_until_the_migrate_command_runs()
    {
        var directory = Directory.CreateTempSubdirectory("sermo-migrate-").FullName;
        try
        {
            using var services = Services(
                ("ConnectionStrings:Sermo", $"Data Source={Path.Combine(directory, "behind.db")};Pooling=False"), ("Database:MigrateOnStart", "false"));
            var health = services.GetRequiredService<HealthCheckService>();

            await services.InitialiseSermoDatabaseAsync();
            var before = (await health.CheckHealthAsync(check => check.Name == DatabaseSchemaHealthCheck.Name)).Entries.Single().Value;
            var output = new StringWriter();
            var exitCode = await MigrateCommand.RunAsync(services, [], output, new StringWriter(), CancellationToken.None);
            var again = new StringWriter();
            await MigrateCommand.RunAsync(services, [], again, new StringWriter(), CancellationToken.None);
            var after = (await health.CheckHealthAsync(check => check.Name == DatabaseSchemaHealthCheck.Name)).Entries.Single().Value;

            Assert.Equal(HealthStatus.Unhealthy, before.Status);
            Assert.Contains("migrate command", before.Description);
            Assert.Equal(0, exitCode);
            Assert.StartsWith("Sqlite: applied ", output.ToString());
            Assert.StartsWith("Sqlite: no migration was pending; now at ", again.ToString());
            Assert.Equal(HealthStatus.Healthy, after.Status);
            await using var db = services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContext();
            Assert.Equal(0, await db.Physicians.CountAsync()); // Start-up did not seed a database it could not use.
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_migrate_command_refuses_arguments_it_does_not_know()
    {
        using var services = Services();
        var error = new StringWriter();

        Assert.Equal(2, await MigrateCommand.RunAsync(services, ["--to", "x"], new StringWriter(), error, CancellationToken.None));
        Assert.Contains("Unknown argument '--to'", error.ToString());
    }

    [Theory]
    [InlineData("--size demo", true)]
    [InlineData("--size SCALE --replace", true)]
    [InlineData("--size big", false)]
    [InlineData("--size", false)]
    [InlineData("", false)]
    [InlineData("--size demo --fast", false)]
    [InlineData("--size scale --ratings 100000", true)]
    [InlineData("--size scale --ratings 0", false)]
    [InlineData("--size scale --ratings", false)]
    public void The_seed_command_reads_its_arguments(string arguments, bool valid)
    {
        var parsed = SeedCommand.TryParse(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries), out _, out _, out _, out var problem);

        Assert.Equal(valid, parsed);
        Assert.Equal(valid, problem.Length == 0);
    }

    private sealed class StubEnvironment : IHostEnvironment
    {
        public static readonly string Root = Path.Combine(Path.GetTempPath(), "sermo-content-root");
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "Sermo.Tests";
        public string ContentRootPath { get; set; } = Root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
