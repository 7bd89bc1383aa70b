namespace Sermo.Domain.Pages;

/// <summary>
/// A reviewer's decision on one exact version of a Page (or of one of its posts): who, when, why, which revision and
/// the hash of the content decided on. Decisions are only ever added, so together they are the audit trail; the
/// database layer refuses to change or delete one (<see cref="Persistence.AuditTrail"/>).
/// </summary>
public sealed class ReviewDecision
{
    private ReviewDecision() { }

    internal ReviewDecision(Guid pageId, Guid? postId, int revision, string contentHash, ReviewerIdentity reviewer, ReviewOutcome outcome, string? reason, DateTime decidedAt)
    {
        Id = EntityIds.Next();
        PageId = pageId;
        PostId = postId;
        Revision = revision;
        ContentHash = contentHash;
        Reviewer = reviewer;
        Outcome = outcome;
        Reason = reason;
        DecidedAt = decidedAt;
    }

    public Guid Id { get; private set; }
    public Guid PageId { get; private set; }
    /// <summary>Null for a decision on the Page's own content.</summary>
    public Guid? PostId { get; private set; }
    public int Revision { get; private set; }
    /// <summary>The SHA-256 of the content decided on (<see cref="Pages.ContentHash"/>).</summary>
    public string ContentHash { get; private set; } = "";
    public ReviewerIdentity Reviewer { get; private set; } = null!;
    public ReviewOutcome Outcome { get; private set; }
    public string? Reason { get; private set; }
    public DateTime DecidedAt { get; private set; }
}
