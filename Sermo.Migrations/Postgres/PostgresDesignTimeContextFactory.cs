using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sermo.Domain.Persistence;

namespace Sermo.Migrations.Postgres;

/// <summary>
/// What <c>dotnet ef</c> builds the context with when this project is its target: the PostgreSQL model, with this
/// assembly as the migrations assembly. Adding a migration needs no database; the commands that connect
/// (<c>database update</c>, <c>migrations remove</c>) use <c>ConnectionStrings__Sermo</c> when it is set.
/// </summary>
public sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<SermoDbContext>
{
    public SermoDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SermoDbContext>()
        .UseNpgsql(
            Environment.GetEnvironmentVariable("ConnectionStrings__Sermo") ?? "Host=localhost;Database=sermo",
            provider => provider.MigrationsAssembly(typeof(PostgresDesignTimeContextFactory).Assembly))
        .Options);
}
