using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Organisations;

namespace Sermo.Domain.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> entity)
    {
        entity.ToTable("Organisations");
        entity.HasKey(o => o.Id);
        entity.Property(o => o.Id).ValueGeneratedNever();
        entity.Property(o => o.Name).HasMaxLength(200);
        entity.Property(o => o.CountryCode).HasMaxLength(2).IsFixedLength();
        entity.HasIndex(o => new { o.Kind, o.Name });
        entity.HasMany(o => o.Mandates).WithOne().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        entity.Navigation(o => o.Mandates).AutoInclude();
        ConcurrencyVersion.Add(entity);
    }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> entity)
    {
        entity.ToTable("Agencies");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Id).ValueGeneratedNever();
        entity.Property(a => a.Name).HasMaxLength(200);
        entity.Property(a => a.CountryCode).HasMaxLength(2).IsFixedLength();
        entity.HasIndex(a => a.Name);
    }
}

internal sealed class AgencyMandateConfiguration : IEntityTypeConfiguration<AgencyMandate>
{
    public void Configure(EntityTypeBuilder<AgencyMandate> entity)
    {
        entity.ToTable("AgencyMandates");
        entity.HasKey(m => m.Id);
        entity.Property(m => m.Id).ValueGeneratedNever();
        entity.HasOne<Agency>().WithMany().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // "Which organisations does this agency act for?" is asked on every agency request.
        entity.HasIndex(m => new { m.AgencyId, m.OrganisationId });
    }
}
