using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Reports;

namespace Sermo.Domain.Persistence.Configurations;

/// <summary>The release tables: the only tables the pharma graph reads (through <see cref="ReportReleasesContext"/>).
/// Shared by <see cref="SermoDbContext"/>, which owns their migrations and writes them, and the read-only context.</summary>
internal sealed class ReportReleaseConfiguration : IEntityTypeConfiguration<ReportRelease>
{
    public void Configure(EntityTypeBuilder<ReportRelease> entity)
    {
        entity.ToTable("ReportReleases");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Id).ValueGeneratedNever();
        // The latest release, and whether the scheduler's slot already has one.
        entity.HasIndex(r => new { r.CutOffAt, r.PublishedAt });
        entity.HasMany<ReportCell>().WithOne().HasForeignKey(c => c.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportCellConfiguration : IEntityTypeConfiguration<ReportCell>
{
    public void Configure(EntityTypeBuilder<ReportCell> entity)
    {
        entity.ToTable("ReportCells");
        // Key order follows the reports' questions: one release, one drug or class and indication, its periods.
        entity.HasKey(c => new { c.ReleaseId, c.Scope, c.SubjectId, c.IndicationId, c.PeriodKind, c.PeriodStart, c.Dimension, c.Breakdown, c.BreakdownCode });
        entity.Property(c => c.BreakdownCode).HasMaxLength(ReportCell.BreakdownCodeMaxLength);
        entity.Ignore(c => c.Key);
        // Class-wide questions ("every drug of this class") and the flat rows by period.
        entity.HasIndex(c => new { c.ReleaseId, c.PeriodKind, c.PeriodStart, c.Scope, c.IndicationId });
    }
}
