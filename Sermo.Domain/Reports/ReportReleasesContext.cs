using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Persistence;
using Sermo.Domain.Persistence.Configurations;

namespace Sermo.Domain.Reports;

/// <summary>
/// A read-only context that maps the two published release tables and nothing else, so code holding it has no
/// path to ratings, physicians or the build's raw counts. Its tables are created by <see cref="SermoDbContext"/>'s
/// migrations; this context never migrates and refuses to save.
/// </summary>
public sealed class ReportReleasesContext(DbContextOptions<ReportReleasesContext> options) : DbContext(options), IReportReleases
{
    public IQueryable<ReportRelease> Releases => Set<ReportRelease>().AsNoTracking();
    public IQueryable<ReportCell> Cells => Set<ReportCell>().AsNoTracking();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        new ReportReleaseConfiguration().Configure(modelBuilder.Entity<ReportRelease>());
        new ReportCellConfiguration().Configure(modelBuilder.Entity<ReportCell>());
        // Read through the query that shows a suppressed place's one stored row as its five cells.
        modelBuilder.Entity<ReportCell>().ToSqlQuery(ReportCellStorage.ReadQuery);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Releases are read-only here; the release builder writes them.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Releases are read-only here; the release builder writes them.");
}
