using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Cases;
using Sermo.Domain.Drugs;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence.Configurations;
using Sermo.Domain.Physicians;
using Sermo.Domain.Polls;
using Sermo.Domain.Ratings;
using Sermo.Domain.Reports;

namespace Sermo.Domain.Persistence;

/// <summary>
/// The physician network's database. Provider-neutral: the host chooses SQLite, PostgreSQL or SQL Server.
/// Short-lived: create one per unit of work from an <c>IDbContextFactory</c>.
/// </summary>
public sealed class SermoDbContext(DbContextOptions<SermoDbContext> options) : DbContext(options)
{
    public DbSet<Physician> Physicians => Set<Physician>();
    /// <summary>Internal: private details are read through <see cref="Privacy.PrivateDetailsReader"/>, which checks the
    /// caller first; no resolver or query of the host can reach this set by name.</summary>
    internal DbSet<PhysicianPrivateDetails> PhysicianPrivateDetails => Set<PhysicianPrivateDetails>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<StoredImage> StoredImages => Set<StoredImage>();
    public DbSet<PageFollow> PageFollows => Set<PageFollow>();
    public DbSet<PostReaction> PostReactions => Set<PostReaction>();
    public DbSet<PageView> PageViews => Set<PageView>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Poll> Polls => Set<Poll>();
    public DbSet<PollVote> PollVotes => Set<PollVote>();
    public DbSet<DrugClass> DrugClasses => Set<DrugClass>();
    public DbSet<Indication> Indications => Set<Indication>();
    public DbSet<Drug> Drugs => Set<Drug>();
    public DbSet<DrugRating> DrugRatings => Set<DrugRating>();
    public DbSet<RatingSummaryRelease> RatingSummaryReleases => Set<RatingSummaryRelease>();
    public DbSet<ReportRelease> ReportReleases => Set<ReportRelease>();
    public DbSet<ReportCell> ReportCells => Set<ReportCell>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SermoDbContext).Assembly);
        new DrugRatingConfiguration(Database.ProviderName).Configure(modelBuilder.Entity<DrugRating>());
        new PageLiveSlugIndex(Database.ProviderName).Configure(modelBuilder.Entity<Page>());
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditTrail.EnsureAppendOnly(ChangeTracker);
        ConcurrencyVersion.Advance(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditTrail.EnsureAppendOnly(ChangeTracker);
        ConcurrencyVersion.Advance(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
