using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Drugs;
using Sermo.Domain.Physicians;
using Sermo.Domain.Ratings;

namespace Sermo.Domain.Persistence.Configurations;

/// <summary>One release per drug and indication, its 25 released counts and its pending raters. Every rating claims the
/// release's concurrency token, so ratings of one drug and indication take their steps one after another: a step counts
/// exactly the raters whose ratings its figures include.</summary>
internal sealed class RatingSummaryReleaseConfiguration : IEntityTypeConfiguration<RatingSummaryRelease>
{
    public void Configure(EntityTypeBuilder<RatingSummaryRelease> entity)
    {
        entity.ToTable("RatingSummaryReleases");
        entity.HasKey(r => new { r.DrugId, r.IndicationId });
        entity.Ignore(r => r.Summary);
        entity.Ignore(r => r.IsStepComplete);
        entity.HasOne<Drug>().WithMany().HasForeignKey(r => r.DrugId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Indication>().WithMany().HasForeignKey(r => r.IndicationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(r => r.Scores).WithOne().HasForeignKey(s => new { s.DrugId, s.IndicationId }).OnDelete(DeleteBehavior.Cascade);
        entity.Navigation(r => r.Scores).AutoInclude();
        entity.HasMany(r => r.PendingRaters).WithOne().HasForeignKey(p => new { p.DrugId, p.IndicationId }).OnDelete(DeleteBehavior.Cascade);
        entity.Navigation(r => r.PendingRaters).AutoInclude();
        ConcurrencyVersion.Add(entity);
    }
}

internal sealed class ReleasedScoreConfiguration : IEntityTypeConfiguration<ReleasedScore>
{
    public void Configure(EntityTypeBuilder<ReleasedScore> entity)
    {
        entity.ToTable("RatingSummaryReleasedScores");
        entity.HasKey(s => new { s.DrugId, s.IndicationId, s.Dimension, s.Score });
    }
}

internal sealed class PendingRaterConfiguration : IEntityTypeConfiguration<PendingRater>
{
    public void Configure(EntityTypeBuilder<PendingRater> entity)
    {
        entity.ToTable("RatingSummaryPendingRaters");
        // The key is the rule: a member counts once towards a step however often they rate.
        entity.HasKey(p => new { p.DrugId, p.IndicationId, p.PhysicianId });
        entity.HasOne<Physician>().WithMany().HasForeignKey(p => p.PhysicianId).OnDelete(DeleteBehavior.Restrict);
    }
}
