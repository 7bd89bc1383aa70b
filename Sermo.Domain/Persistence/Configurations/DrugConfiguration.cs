using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Drugs;
using Sermo.Domain.Organisations;

namespace Sermo.Domain.Persistence.Configurations;

internal sealed class DrugConfiguration : IEntityTypeConfiguration<Drug>
{
    public void Configure(EntityTypeBuilder<Drug> entity)
    {
        entity.ToTable("Drugs");
        entity.HasKey(d => d.Id);
        entity.Property(d => d.Id).ValueGeneratedNever();
        entity.Property(d => d.BrandName).HasMaxLength(200);
        entity.Property(d => d.GenericName).HasMaxLength(300);
        entity.HasOne<Organisation>().WithMany().HasForeignKey(d => d.ManufacturerId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(d => d.BrandName);
        entity.HasIndex(d => d.GenericName);
        entity.HasIndex(d => d.ManufacturerId);
        entity.HasMany(d => d.Classes).WithOne().HasForeignKey(c => c.DrugId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(d => d.Indications).WithOne().HasForeignKey(i => i.DrugId).OnDelete(DeleteBehavior.Cascade);
        entity.Navigation(d => d.Classes).AutoInclude();
        entity.Navigation(d => d.Indications).AutoInclude();
        ConcurrencyVersion.Add(entity);
    }
}

internal sealed class DrugClassConfiguration : IEntityTypeConfiguration<DrugClass>
{
    public void Configure(EntityTypeBuilder<DrugClass> entity)
    {
        entity.ToTable("DrugClasses");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.Id).ValueGeneratedNever();
        entity.Property(c => c.Name).HasMaxLength(200);
        entity.Property(c => c.AtcCode).HasMaxLength(10);
        entity.HasIndex(c => c.Name).IsUnique();
    }
}

internal sealed class IndicationConfiguration : IEntityTypeConfiguration<Indication>
{
    public void Configure(EntityTypeBuilder<Indication> entity)
    {
        entity.ToTable("Indications");
        entity.HasKey(i => i.Id);
        entity.Property(i => i.Id).ValueGeneratedNever();
        entity.Property(i => i.Name).HasMaxLength(200);
        entity.Property(i => i.Icd10Code).HasMaxLength(10);
        entity.HasIndex(i => i.Name).IsUnique();
    }
}

internal sealed class DrugClassMembershipConfiguration : IEntityTypeConfiguration<DrugClassMembership>
{
    public void Configure(EntityTypeBuilder<DrugClassMembership> entity)
    {
        entity.ToTable("DrugClassMemberships");
        entity.HasKey(m => new { m.DrugId, m.DrugClassId });
        entity.HasOne<DrugClass>().WithMany().HasForeignKey(m => m.DrugClassId).OnDelete(DeleteBehavior.Restrict);
        // Class-level reports start from the class and fan out to its drugs.
        entity.HasIndex(m => new { m.DrugClassId, m.DrugId });
    }
}

internal sealed class DrugIndicationConfiguration : IEntityTypeConfiguration<DrugIndication>
{
    public void Configure(EntityTypeBuilder<DrugIndication> entity)
    {
        entity.ToTable("DrugIndications");
        entity.HasKey(i => new { i.DrugId, i.IndicationId });
        entity.HasOne<Indication>().WithMany().HasForeignKey(i => i.IndicationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(i => new { i.IndicationId, i.DrugId });
    }
}
