using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sermo.Domain.Persistence;

namespace Sermo.Migrations.Sqlite;

/// <summary>
/// What <c>dotnet ef</c> builds the context with when this project is its target: the SQLite model, with this
/// assembly as the migrations assembly. Adding a migration needs no database; the commands that connect
/// (<c>database update</c>, <c>migrations remove</c>) use <c>ConnectionStrings__Sermo</c> when it is set.
/// </summary>
public sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<SermoDbContext>
{
    public SermoDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SermoDbContext>()
        .UseSqlite(
            Environment.GetEnvironmentVariable("ConnectionStrings__Sermo") ?? "Data Source=sermo.db",
            provider => provider.MigrationsAssembly(typeof(SqliteDesignTimeContextFactory).Assembly))
        .Options);
}
