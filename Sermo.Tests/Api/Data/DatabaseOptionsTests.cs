using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
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
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILoggerFactory), NullLoggerFactory.Instance);
        services.AddSermoDatabase(configuration);
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("Oracle", null, "'Oracle' is not supported")]
    [InlineData("Postgres", null, "needs ConnectionStrings:Sermo")]
    [InlineData("SqlServer", "Server=db", "build with -p:SermoSqlServer=true")]
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
            Assert.Equal(Sermo.Domain.Seeding.SeedPlan.Demo.Physicians, await db.Physicians.CountAsync());
            Assert.Equal(1, await db.SchemaVersions.CountAsync());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("--size demo", true)]
    [InlineData("--size SCALE --replace", true)]
    [InlineData("--size big", false)]
    [InlineData("--size", false)]
    [InlineData("", false)]
    [InlineData("--size demo --fast", false)]
    public void The_seed_command_reads_its_arguments(string arguments, bool valid)
    {
        var parsed = SeedCommand.TryParse(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries), out _, out _, out var problem);

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
