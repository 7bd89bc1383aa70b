using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Data;

/// <summary>Points EF Core at the configured provider.</summary>
public static class DatabaseProviderConfiguration
{
    public const string DefaultSqliteFile = "sermo.db";

    public const string SqlServerMissing =
        "Database:Provider is SqlServer, but this build has no SQL Server support: build with -p:SermoSqlServer=true (see docs/database.md).";

#if SQLSERVER
    public const bool SqlServerBuiltIn = true;
#else
    public const bool SqlServerBuiltIn = false;
#endif

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string contentRoot)
    {
        switch (options.ProviderKind)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString ?? DefaultSqliteConnectionString(contentRoot));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString);
                break;
            case DatabaseProvider.SqlServer:
#if SQLSERVER
                builder.UseSqlServer(options.ConnectionString);
                break;
#else
                throw new InvalidOperationException(SqlServerMissing);
#endif
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
