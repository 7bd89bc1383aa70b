using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Migrations.Postgres;
using Sermo.Migrations.Sqlite;
using Sermo.Migrations.SqlServer;

namespace Sermo.Api.Data;

/// <summary>Points EF Core at the configured provider and at that provider's migrations assembly.</summary>
public static class DatabaseProviderConfiguration
{
    public const string DefaultSqliteFile = "sermo.db";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string contentRoot)
    {
        switch (options.ProviderKind)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString ?? DefaultSqliteConnectionString(contentRoot),
                    sqlite => sqlite.MigrationsAssembly(typeof(SqliteDesignTimeContextFactory).Assembly));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString,
                    postgres => postgres.MigrationsAssembly(typeof(PostgresDesignTimeContextFactory).Assembly));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(options.ConnectionString,
                    sqlServer => sqlServer.MigrationsAssembly(typeof(SqlServerDesignTimeContextFactory).Assembly));
                break;
        }
    }

    public static DbContextOptions<SermoDbContext> Build(DatabaseOptions options, string contentRoot)
    {
        var builder = new DbContextOptionsBuilder<SermoDbContext>();
        Configure(builder, options, contentRoot);
        return builder.Options;
    }

    public static string DefaultSqliteConnectionString(string contentRoot) =>
        $"Data Source={Path.Combine(contentRoot, DefaultSqliteFile)}";
}
