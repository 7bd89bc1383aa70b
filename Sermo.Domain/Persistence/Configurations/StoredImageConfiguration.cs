using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;

namespace Sermo.Domain.Persistence.Configurations;

internal sealed class StoredImageConfiguration : IEntityTypeConfiguration<StoredImage>
{
    public void Configure(EntityTypeBuilder<StoredImage> entity)
    {
        entity.ToTable("StoredImages");
        entity.HasKey(i => i.Id);
        entity.Property(i => i.Id).ValueGeneratedNever();
        entity.Property(i => i.ContentType).HasMaxLength(20);
        entity.Property(i => i.Sha256).HasMaxLength(64).IsFixedLength();
        entity.Ignore(i => i.BlobKey);
        entity.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Agency>().WithMany().HasForeignKey(i => i.UploadedByAgencyId).OnDelete(DeleteBehavior.Restrict);
        // An organisation's images, newest first (a Page editor's picker).
        entity.HasIndex(i => new { i.OrganisationId, i.UploadedAt });
    }
}
