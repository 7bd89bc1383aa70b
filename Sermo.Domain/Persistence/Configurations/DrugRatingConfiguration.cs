using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Drugs;
using Sermo.Domain.Physicians;
using Sermo.Domain.Ratings;

namespace Sermo.Domain.Persistence.Configurations;

/// <summary>
/// Ratings are the big table (a million rows) and the source of pharma's aggregate reports, so its indexes
/// follow those reports: by drug and indication, by indication, by drug class (through the class membership
/// index), each over a time window of current ratings.
/// </summary>
internal sealed class DrugRatingConfiguration(string? providerName)
{
    public const string CurrentPerRaterIndex = "UX_DrugRatings_CurrentPerRater";
    public const string VersionPerRaterIndex = "UX_DrugRatings_VersionPerRater";
    public const string ByDrugIndicationIndex = "IX_DrugRatings_Report_DrugIndication";
    public const string ByIndicationIndex = "IX_DrugRatings_Report_Indication";

    public void Configure(EntityTypeBuilder<DrugRating> entity)
    {
        entity.ToTable("DrugRatings");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Id).ValueGeneratedNever();
        entity.Property(r => r.Comment).HasMaxLength(DrugRating.MaxCommentLength);
        entity.Property(r => r.RaterSpecialtyCode).HasMaxLength(60);
        entity.Property(r => r.RaterCountryCode).HasMaxLength(2).IsFixedLength();
        entity.Ignore(r => r.Scores);
        entity.HasOne<Physician>().WithMany().HasForeignKey(r => r.PhysicianId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Drug>().WithMany().HasForeignKey(r => r.DrugId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Indication>().WithMany().HasForeignKey(r => r.IndicationId).OnDelete(DeleteBehavior.Restrict);

        // One current rating per physician, drug and indication; superseded versions are outside the filter.
        entity.HasIndex(r => new { r.PhysicianId, r.DrugId, r.IndicationId })
            .IsUnique()
            .HasFilter(IsCurrentFilter())
            .HasDatabaseName(CurrentPerRaterIndex);
        // Versions of one rating are numbered without gaps or twins, even when two saves race.
        entity.HasIndex(r => new { r.PhysicianId, r.DrugId, r.IndicationId, r.RatingVersion })
            .IsUnique()
            .HasDatabaseName(VersionPerRaterIndex);
        entity.HasIndex(r => new { r.DrugId, r.IndicationId, r.IsCurrent, r.RatedAt }).HasDatabaseName(ByDrugIndicationIndex);
        entity.HasIndex(r => new { r.IndicationId, r.IsCurrent, r.RatedAt }).HasDatabaseName(ByIndicationIndex);
        ConcurrencyVersion.Add(entity);
    }

    private string IsCurrentFilter() => providerName switch
    {
        "Microsoft.EntityFrameworkCore.SqlServer" => "[IsCurrent] = 1",
        // PostgreSQL has a boolean column; SQLite stores 0/1 and treats non-zero as true.
        _ => "\"IsCurrent\"",
    };
}
