using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Physicians;
using Sermo.Domain.Polls;

namespace Sermo.Domain.Persistence.Configurations;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> entity)
    {
        entity.ToTable("Polls");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Id).ValueGeneratedNever();
        entity.Property(p => p.Question).HasMaxLength(500);
        entity.PrimitiveCollection(p => p.TargetCountries);
        entity.HasOne<Physician>().WithMany().HasForeignKey(p => p.AuthorPhysicianId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(p => new { p.OpensAt, p.ClosesAt });
        entity.HasIndex(p => p.ResultsPublishedAt);
        entity.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.PollId).OnDelete(DeleteBehavior.Cascade);
        entity.Navigation(p => p.Options).AutoInclude();
        // Votes run to thousands: not auto-included. Load the voter's own vote (a filtered Include) before
        // CastVote; the (poll, member) key refuses a second vote whatever was loaded.
        entity.HasMany(p => p.Votes).WithOne().HasForeignKey(v => v.PollId).OnDelete(DeleteBehavior.Cascade);
        ConcurrencyVersion.Add(entity);
    }
}

internal sealed class PollOptionConfiguration : IEntityTypeConfiguration<PollOption>
{
    public void Configure(EntityTypeBuilder<PollOption> entity)
    {
        entity.ToTable("PollOptions");
        entity.HasKey(o => o.Id);
        entity.Property(o => o.Id).ValueGeneratedNever();
        entity.Property(o => o.Text).HasMaxLength(200);
        entity.HasIndex(o => new { o.PollId, o.Position }).IsUnique();
        // The live tally: concurrent voters must not overwrite each other's increments.
        ConcurrencyVersion.Add(entity);
    }
}

internal sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> entity)
    {
        entity.ToTable("PollVotes");
        // The key is the rule: one vote per member and poll.
        entity.HasKey(v => new { v.PollId, v.PhysicianId });
        entity.Property(v => v.CountryCode).HasMaxLength(2).IsFixedLength();
        entity.HasOne<PollOption>().WithMany().HasForeignKey(v => v.OptionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Physician>().WithMany().HasForeignKey(v => v.PhysicianId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(v => new { v.PollId, v.OptionId, v.CountryCode });
        entity.HasIndex(v => v.PhysicianId);
    }
}
