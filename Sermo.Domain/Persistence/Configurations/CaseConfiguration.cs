using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Cases;
using Sermo.Domain.Physicians;

namespace Sermo.Domain.Persistence.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> entity)
    {
        entity.ToTable("Cases");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.Id).ValueGeneratedNever();
        entity.Property(c => c.SpecialtyCode).HasMaxLength(60);
        entity.Property(c => c.Title).HasMaxLength(200);
        entity.ComplexProperty(c => c.Patient, patient =>
        {
            patient.Property(p => p.AgeBand).HasColumnName("PatientAgeBand");
            patient.Property(p => p.Sex).HasColumnName("PatientSex");
            patient.Property(p => p.History).HasColumnName("PatientHistory");
            patient.Property(p => p.Findings).HasColumnName("PatientFindings");
        });
        entity.HasOne<Physician>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        // The feed: newest first, the key breaking ties (keyset paging reads it in this order).
        entity.HasIndex(c => new { c.PostedAt, c.Id });
        // Open cases newest first, per specialty; a member's own cases; response-time reports over a period.
        entity.HasIndex(c => new { c.Status, c.PostedAt });
        entity.HasIndex(c => new { c.SpecialtyCode, c.PostedAt });
        entity.HasIndex(c => new { c.AuthorId, c.PostedAt });
        entity.HasMany(c => c.Responses).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Votes).WithOne().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        ConcurrencyVersion.Add(entity);
    }
}

internal sealed class CaseResponseConfiguration : IEntityTypeConfiguration<CaseResponse>
{
    public void Configure(EntityTypeBuilder<CaseResponse> entity)
    {
        entity.ToTable("CaseResponses");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Id).ValueGeneratedNever();
        entity.HasOne<Physician>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(r => new { r.CaseId, r.PostedAt });
        entity.HasIndex(r => new { r.AuthorId, r.PostedAt });
    }
}

internal sealed class CaseActionVoteConfiguration : IEntityTypeConfiguration<CaseActionVote>
{
    public void Configure(EntityTypeBuilder<CaseActionVote> entity)
    {
        entity.ToTable("CaseActionVotes");
        // The key is the rule: one vote per member and proposed action.
        entity.HasKey(v => new { v.ResponseId, v.PhysicianId });
        entity.HasOne<CaseResponse>().WithMany().HasForeignKey(v => v.ResponseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Physician>().WithMany().HasForeignKey(v => v.PhysicianId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(v => v.CaseId);
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> entity)
    {
        entity.ToTable("CaseAttachments");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Id).ValueGeneratedNever();
        entity.Property(a => a.FileName).HasMaxLength(255);
        entity.Property(a => a.ContentType).HasMaxLength(100);
        entity.Property(a => a.Description).HasMaxLength(1000);
        entity.Property(a => a.StorageKey).HasMaxLength(200);
    }
}
