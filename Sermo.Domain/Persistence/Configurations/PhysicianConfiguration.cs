using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Physicians;

namespace Sermo.Domain.Persistence.Configurations;

internal sealed class PhysicianConfiguration : IEntityTypeConfiguration<Physician>
{
    public void Configure(EntityTypeBuilder<Physician> entity)
    {
        entity.ToTable("Physicians");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Id).ValueGeneratedNever();
        entity.Property(p => p.Pseudonym).HasMaxLength(40);
        entity.Property(p => p.PublicName).HasMaxLength(220);
        entity.Property(p => p.SpecialtyCode).HasMaxLength(60);
        entity.Property(p => p.CountryCode).HasMaxLength(2).IsFixedLength();
        entity.PrimitiveCollection(p => p.Languages);
        entity.HasIndex(p => p.Pseudonym).IsUnique();
        entity.HasIndex(p => new { p.SpecialtyCode, p.CountryCode });
        entity.HasIndex(p => new { p.Status, p.JoinedAt });
        entity.HasMany(p => p.CredentialChecks).WithOne().HasForeignKey(c => c.PhysicianId).OnDelete(DeleteBehavior.Cascade);
        ConcurrencyVersion.Add(entity);
    }
}

internal sealed class CredentialCheckConfiguration : IEntityTypeConfiguration<CredentialCheck>
{
    public void Configure(EntityTypeBuilder<CredentialCheck> entity)
    {
        entity.ToTable("CredentialChecks");
        entity.HasKey(c => new { c.PhysicianId, c.Stage });
        entity.Property(c => c.CheckedBy).HasMaxLength(200);
        entity.Property(c => c.Note).HasMaxLength(1000);
    }
}

internal sealed class PhysicianPrivateDetailsConfiguration : IEntityTypeConfiguration<PhysicianPrivateDetails>
{
    public void Configure(EntityTypeBuilder<PhysicianPrivateDetails> entity)
    {
        // Its own table, with no navigation from Physician: reading profiles never joins it.
        entity.ToTable("PhysicianPrivateDetails");
        entity.HasKey(d => d.PhysicianId);
        entity.HasOne<Physician>().WithOne().HasForeignKey<PhysicianPrivateDetails>(d => d.PhysicianId).OnDelete(DeleteBehavior.Cascade);
        entity.Property(d => d.GivenName).HasMaxLength(100);
        entity.Property(d => d.FamilyName).HasMaxLength(100);
        entity.Property(d => d.Email).HasMaxLength(254);
        entity.Property(d => d.Phone).HasMaxLength(40);
        entity.Property(d => d.LicenceNumber).HasMaxLength(50);
        entity.Property(d => d.LicensingAuthority).HasMaxLength(200);
        entity.Property(d => d.PracticeName).HasMaxLength(200);
        entity.HasIndex(d => d.Email).IsUnique();
    }
}
