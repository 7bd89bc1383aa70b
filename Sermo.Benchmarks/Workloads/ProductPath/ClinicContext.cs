using Microsoft.EntityFrameworkCore;

namespace Sermo.Benchmarks.Workloads.ProductPath;

/// <summary>The product path's own small model: members, their cases, and advice on each case.</summary>
public sealed class ClinicContext(DbContextOptions<ClinicContext> options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Advice> Advice => Set<Advice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Member>().Property(m => m.Id).ValueGeneratedNever();
        modelBuilder.Entity<Case>().Property(c => c.Id).ValueGeneratedNever();
        modelBuilder.Entity<Case>().HasOne<Member>().WithMany().HasForeignKey(c => c.AuthorId);
        // The keyset of the measured page: specialty, then newest first, ties broken by the key.
        modelBuilder.Entity<Case>().HasIndex(c => new { c.Specialty, c.PostedAt, c.Id });
        modelBuilder.Entity<Advice>().Property(a => a.Id).ValueGeneratedNever();
        modelBuilder.Entity<Advice>().HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId);
    }
}
