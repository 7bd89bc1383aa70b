using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;

namespace Sermo.Domain.Persistence.Configurations;

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> entity)
    {
        entity.ToTable("Pages");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Id).ValueGeneratedNever();
        entity.Property(p => p.Slug).HasMaxLength(80);
        entity.Property(p => p.SuspendedBy).HasMaxLength(200);
        entity.Property(p => p.SuspensionReason).HasMaxLength(2000);
        // PageAddress: a slug per organisation; across organisations, PageLiveSlugIndex.
        entity.HasIndex(p => new { p.OrganisationId, p.Slug }).IsUnique();
        entity.HasIndex(p => new { p.OrganisationId, p.State });
        entity.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        entity.Ignore(p => p.Staging);
        entity.Ignore(p => p.Live);
        // Revisions and decisions are the record: the database refuses to delete a Page that has them (no cascade).
        entity.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(p => p.Decisions).WithOne().HasForeignKey(d => d.PageId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(p => p.Posts).WithOne().HasForeignKey(p => p.PageId).OnDelete(DeleteBehavior.Restrict);
        ConcurrencyVersion.Add(entity);
    }

    internal static void Editor(ComplexPropertyBuilder<EditorIdentity> editor)
    {
        editor.Property(e => e.OrganisationId).HasColumnName("EditorOrganisationId");
        editor.Property(e => e.AgencyId).HasColumnName("EditorAgencyId");
        editor.Property(e => e.Person).HasColumnName("EditorPerson").HasMaxLength(200);
    }
}

internal sealed class PageRevisionConfiguration : IEntityTypeConfiguration<PageRevision>
{
    public void Configure(EntityTypeBuilder<PageRevision> entity)
    {
        entity.ToTable("PageRevisions", table => AuditTrailTriggers.Declare(table));
        entity.HasKey(r => new { r.PageId, r.Number });
        entity.Property(r => r.Title).HasMaxLength(200);
        entity.Property(r => r.Tagline).HasMaxLength(300);
        entity.Property(r => r.BrandName).HasMaxLength(200);
        entity.Property(r => r.BrandColour).HasMaxLength(7);
        entity.Property(r => r.AccentColour).HasMaxLength(7);
        entity.Property(r => r.ContentHash).HasMaxLength(ContentHash.Length).IsFixedLength();
        entity.ComplexProperty(r => r.EditedBy, PageConfiguration.Editor);
        entity.Ignore(r => r.Content);
        // "Does a live Page show this image?" (who may fetch it) starts from the image. No foreign key to StoredImages:
        // the domain checks the image when the content is written, and on SQLite adding one would rebuild the table and
        // drop its audit-trail triggers (AuditTrailTriggers).
        entity.HasIndex(r => r.LogoImageId);
        entity.HasIndex(r => r.CoverImageId);
        // Submissions awaiting review, oldest first.
        entity.HasIndex(r => new { r.State, r.SubmittedAt });
    }
}

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> entity)
    {
        entity.ToTable("ReviewDecisions", table => AuditTrailTriggers.Declare(table));
        entity.HasKey(d => d.Id);
        entity.Property(d => d.Id).ValueGeneratedNever();
        entity.Property(d => d.ContentHash).HasMaxLength(ContentHash.Length).IsFixedLength();
        entity.ComplexProperty(d => d.Reviewer, reviewer =>
        {
            reviewer.Property(r => r.OrganisationId).HasColumnName("ReviewerOrganisationId");
            reviewer.Property(r => r.ReviewerId).HasColumnName("ReviewerId").HasMaxLength(200);
        });
        entity.Property(d => d.Reason).HasMaxLength(2000);
        entity.HasOne<PagePost>().WithMany().HasForeignKey(d => d.PostId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(d => new { d.PageId, d.PostId, d.Revision });
    }
}

internal sealed class PagePostConfiguration : IEntityTypeConfiguration<PagePost>
{
    public void Configure(EntityTypeBuilder<PagePost> entity)
    {
        entity.ToTable("PagePosts", table => AuditTrailTriggers.Declare(table));
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Id).ValueGeneratedNever();
        entity.Property(p => p.BrandName).HasMaxLength(200);
        entity.Property(p => p.ContentHash).HasMaxLength(ContentHash.Length).IsFixedLength();
        entity.ComplexProperty(p => p.EditedBy, PageConfiguration.Editor);
        entity.Ignore(p => p.Content);
        entity.HasIndex(p => p.ImageId);
        // A Page's feed: its published posts, newest first.
        entity.HasIndex(p => new { p.PageId, p.State, p.PublishedAt });
        ConcurrencyVersion.Add(entity);
    }
}
