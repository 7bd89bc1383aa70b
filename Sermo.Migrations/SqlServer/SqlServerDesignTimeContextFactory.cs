using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sermo.Domain.Persistence;

namespace Sermo.Migrations.SqlServer;

/// <summary>
/// What <c>dotnet ef</c> builds the context with when this project is its target: the SQL Server model, with this
/// assembly as the migrations assembly. Adding a migration needs no database; the commands that connect
/// (<c>database update</c>, <c>migrations remove</c>) use <c>ConnectionStrings__Sermo</c> when it is set.
/// </summary>
public sealed class SqlServerDesignTimeContextFactory : IDesignTimeDbContextFactory<SermoDbContext>
{
    public SermoDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SermoDbContext>()
        .UseSqlServer(
            Environment.GetEnvironmentVariable("ConnectionStrings__Sermo") ?? "Server=localhost;Database=sermo;Integrated Security=true;TrustServerCertificate=true",
            provider => provider.MigrationsAssembly(typeof(SqlServerDesignTimeContextFactory).Assembly))
        .Options);
}
