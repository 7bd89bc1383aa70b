using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;

namespace Sermo.Domain.Persistence.Configurations;

internal sealed class PageFollowConfiguration : IEntityTypeConfiguration<PageFollow>
{
    public void Configure(EntityTypeBuilder<PageFollow> entity)
    {
        entity.ToTable("PageFollows");
        entity.HasKey(f => f.Id);
        entity.Property(f => f.Id).ValueGeneratedNever();
        entity.Ignore(f => f.IsActive);
        entity.Property(f => f.SpecialtyCode).HasMaxLength(60);
        entity.Property(f => f.CountryCode).HasMaxLength(2).IsFixedLength();
        entity.HasOne<Page>().WithMany().HasForeignKey(f => f.PageId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Physician>().WithMany().HasForeignKey(f => f.PhysicianId).OnDelete(DeleteBehavior.Restrict);
        // Followers of a Page over time; a member's own follows.
        entity.HasIndex(f => new { f.PageId, f.FollowedAt });
        entity.HasIndex(f => new { f.PhysicianId, f.PageId });
        ConcurrencyVersion.Add(entity);
    }
}

internal sealed class PostReactionConfiguration : IEntityTypeConfiguration<PostReaction>
{
    public void Configure(EntityTypeBuilder<PostReaction> entity)
    {
        entity.ToTable("PostReactions");
        // One reaction per member and post: the key is the final word on a simultaneous second reaction.
        entity.HasKey(r => new { r.PostId, r.PhysicianId });
        entity.HasOne<PagePost>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Page>().WithMany().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Physician>().WithMany().HasForeignKey(r => r.PhysicianId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(r => new { r.PageId, r.ReactedAt });
        entity.HasIndex(r => r.PhysicianId);
    }
}

internal sealed class PageViewConfiguration : IEntityTypeConfiguration<PageView>
{
    public void Configure(EntityTypeBuilder<PageView> entity)
    {
        entity.ToTable("PageViews");
        // A member's view of a Page counts once a day: the key makes recording a view idempotent.
        entity.HasKey(v => new { v.PageId, v.Day, v.PhysicianId });
        entity.Property(v => v.SpecialtyCode).HasMaxLength(60);
        entity.Property(v => v.CountryCode).HasMaxLength(2).IsFixedLength();
        entity.HasOne<Page>().WithMany().HasForeignKey(v => v.PageId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Physician>().WithMany().HasForeignKey(v => v.PhysicianId).OnDelete(DeleteBehavior.Restrict);
    }
}
