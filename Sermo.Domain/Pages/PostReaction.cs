using Sermo.Domain.Physicians;

namespace Sermo.Domain.Pages;

/// <summary>A member's reaction to a published post: one per member and post (reacting again changes its kind).
/// Counted, never listed, for anyone but the member.</summary>
public sealed class PostReaction
{
    private PostReaction() { }

    public Guid PostId { get; private set; }
    public Guid PhysicianId { get; private set; }
    public Guid PageId { get; private set; }
    public ReactionKind Kind { get; private set; }
    public DateTime ReactedAt { get; private set; }

    public static PostReaction React(Page page, Guid postId, Physician member, ReactionKind kind, DateTime now)
    {
        member.EnsureVerified("react to posts");
        EngagementRules.EnsurePublishedPost(page, postId);
        return new PostReaction
        {
            PostId = postId, PhysicianId = member.Id, PageId = page.Id,
            Kind = RequireKind(kind), ReactedAt = Guard.Utc(now, "now"),
        };
    }

    /// <summary>The member reacts again: the kind changes, the time is the first reaction's (it counts once, then).</summary>
    public void Change(ReactionKind kind) => Kind = RequireKind(kind);

    private static ReactionKind RequireKind(ReactionKind kind) =>
        Enum.IsDefined(kind) ? kind : throw Guard.Invalid("Kind", $"Unknown reaction {kind}.");
}
