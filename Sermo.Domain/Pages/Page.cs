using System.Text.RegularExpressions;
using Sermo.Domain.Organisations;

namespace Sermo.Domain.Pages;

/// <summary>
/// An organisation's Page. Editors (an agency acting under a mandate) work on the staging revision while the live
/// revision (the last one published) stays visible; a revision goes live only after a reviewer of the organisation
/// approved that exact content. <see cref="State"/> is the staging revision's place in the workflow, or
/// <see cref="ReviewState.Archived"/> once the Page is archived. Staff may suspend a Page: it is then not shown to
/// members and nothing of it is published until reinstated.
/// </summary>
public sealed partial class Page
{
    private readonly List<PageRevision> _revisions = [];
    private readonly List<ReviewDecision> _decisions = [];
    private readonly List<PagePost> _posts = [];

    private Page() { }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    /// <summary>The Page's address: unique among the organisation's Pages, and among Pages that have gone live
    /// (<see cref="PageAddress"/>).</summary>
    public string Slug { get; private set; } = "";
    public ReviewState State { get; private set; }
    public int StagingRevision { get; private set; }
    /// <summary>The revision visitors see; null until the first publication.</summary>
    public int? LiveRevision { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime? ArchivedAt { get; private set; }
    public DateTime? SuspendedAt { get; private set; }
    /// <summary>The staff member who suspended the Page (<see cref="StaffIdentity.StaffId"/>); null unless suspended.</summary>
    public string? SuspendedBy { get; private set; }
    public string? SuspensionReason { get; private set; }
    public IReadOnlyList<PageRevision> Revisions => _revisions;
    public IReadOnlyList<ReviewDecision> Decisions => _decisions;
    public IReadOnlyList<PagePost> Posts => _posts;

    public bool IsSuspended => SuspendedAt is not null;
    /// <summary>Whether members see the Page: it went live, and is neither archived nor suspended.</summary>
    public bool IsLive => LiveRevision is not null && State != ReviewState.Archived && !IsSuspended;
    public PageRevision Staging => Revision(StagingRevision);
    public PageRevision? Live => LiveRevision is { } number ? Revision(number) : null;

    private string Description => $"page '{Slug}'";

    /// <param name="images">The uploaded images loaded for the ids the content names (<see cref="ContentImages"/>).</param>
    public static Page Create(Organisation owner, string slug, PageContent content, IReadOnlyCollection<StoredImage> images, EditorIdentity editor, DateTime now)
    {
        editor.EnsureActsFor(owner.Id);
        ContentImages.EnsureUsable(owner.Id, images, content.Images);
        var page = new Page
        {
            Id = EntityIds.Next(),
            OrganisationId = owner.Id,
            Slug = RequireSlug(slug),
            CreatedAt = Guard.Utc(now, "now"),
        };
        page.AddRevision(content, editor, now);
        return page;
    }

    /// <summary>Writes a new staging revision; the live revision, if any, is untouched. Editing an approved revision
    /// starts a new draft: the approval named the old content.</summary>
    public PageRevision Revise(PageContent content, IReadOnlyCollection<StoredImage> images, EditorIdentity editor, DateTime now)
    {
        EnsureEditor(editor);
        EnsureNotArchived("edited");
        ContentImages.EnsureUsable(OrganisationId, images, content.Images);
        if (StagingRevision != LiveRevision)
            ReviewWorkflow.EnsureEditable(Staging.State, Description);
        return AddRevision(content, editor, Guard.Utc(now, "now"));
    }

    /// <summary>Sends the staging draft to the organisation's reviewers; the content rules are checked here.</summary>
    public void SubmitForReview(EditorIdentity editor, DateTime now)
    {
        EnsureEditor(editor);
        EnsureNotArchived("submitted for review");
        if (StagingRevision == LiveRevision)
            throw ReviewWorkflow.Transition(Description, ReviewState.Published, "submitted again without a new revision");
        Staging.Submit(Guard.Utc(now, "now"));
        State = Staging.State;
    }

    public ReviewDecision RecordDecision(ReviewerIdentity reviewer, int revision, ReviewOutcome outcome, string? reason, DateTime now)
    {
        reviewer.EnsureReviewsFor(OrganisationId);
        EnsureNotArchived("reviewed");
        var staging = Staging;
        staging.MoveTo(ReviewWorkflow.Decide(staging.State, StagingRevision, staging.EditedBy, revision, reviewer, outcome, reason, Description));
        State = staging.State;
        return AddDecision(null, revision, staging.ContentHash, reviewer, outcome, reason, now);
    }

    /// <summary>Makes the approved staging revision live in one step; the revision that was live is archived. The
    /// caller names the revision it means, so a late edit cannot slip through.</summary>
    public void Publish(EditorIdentity editor, int revision, DateTime now)
    {
        EnsureEditor(editor);
        EnsurePublishingAllowed();
        var staging = Staging;
        ReviewWorkflow.EnsurePublishable(_decisions.Where(d => d.PostId is null), staging.State, StagingRevision, staging.ContentHash, revision, Description);
        Live?.MoveTo(ReviewState.Archived);
        staging.MoveTo(ReviewState.Published);
        State = ReviewState.Published;
        LiveRevision = revision;
        PublishedAt = Guard.Utc(now, "now");
    }

    /// <summary>Takes the Page down for good; its revisions and decisions stay as the record.</summary>
    public void Archive(EditorIdentity editor, DateTime now)
    {
        EnsureEditor(editor);
        EnsureNotArchived("archived again");
        Live?.MoveTo(ReviewState.Archived);
        State = ReviewState.Archived;
        ArchivedAt = Guard.Utc(now, "now");
    }

    /// <summary>Staff take the Page out of members' sight (and stop publication) until reinstated.</summary>
    public void Suspend(StaffIdentity staff, string reason, DateTime now)
    {
        if (IsSuspended)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, $"{Description} is already suspended.");
        SuspensionReason = Guard.Text(reason, "Reason", 2000);
        SuspendedBy = staff.StaffId;
        SuspendedAt = Guard.Utc(now, "now");
    }

    public void Reinstate(StaffIdentity staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (!IsSuspended)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, $"{Description} is not suspended.");
        SuspendedAt = null;
        SuspendedBy = null;
        SuspensionReason = null;
    }

    public PagePost DraftPost(PostContent content, IReadOnlyCollection<StoredImage> images, EditorIdentity editor, DateTime now)
    {
        EnsureEditor(editor);
        EnsureNotArchived("given posts");
        ContentImages.EnsureUsable(OrganisationId, images, content.Images);
        var post = new PagePost(Id, content, editor, Guard.Utc(now, "now"));
        _posts.Add(post);
        return post;
    }

    public void RevisePost(Guid postId, PostContent content, IReadOnlyCollection<StoredImage> images, EditorIdentity editor)
    {
        EnsureEditor(editor);
        EnsureNotArchived("edited");
        ContentImages.EnsureUsable(OrganisationId, images, content.Images);
        Post(postId).Revise(content, editor);
    }

    public void SubmitPost(Guid postId, EditorIdentity editor, DateTime now)
    {
        EnsureEditor(editor);
        EnsureNotArchived("reviewed");
        Post(postId).Submit(Guard.Utc(now, "now"));
    }

    public ReviewDecision RecordPostDecision(ReviewerIdentity reviewer, Guid postId, int revision, ReviewOutcome outcome, string? reason, DateTime now)
    {
        reviewer.EnsureReviewsFor(OrganisationId);
        EnsureNotArchived("reviewed");
        var post = Post(postId);
        post.MoveTo(ReviewWorkflow.Decide(post.State, post.Revision, post.EditedBy, revision, reviewer, outcome, reason, post.Description));
        return AddDecision(postId, revision, post.ContentHash, reviewer, outcome, reason, now);
    }

    /// <summary>Publishes an approved post; the Page must have gone live first (a post on a Page nobody sees yet would
    /// go live unseen, and unreviewed in context).</summary>
    public void PublishPost(EditorIdentity editor, Guid postId, int revision, DateTime now)
    {
        EnsureEditor(editor);
        EnsurePublishingAllowed();
        if (LiveRevision is null)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, $"{Description} has not gone live yet; publish the Page before its posts.");
        var post = Post(postId);
        ReviewWorkflow.EnsurePublishable(_decisions.Where(d => d.PostId == postId), post.State, post.Revision, post.ContentHash, revision, post.Description);
        post.Publish(Guard.Utc(now, "now"));
    }

    /// <summary>Takes a published post down; it stays, with its decisions, as the record.</summary>
    public void WithdrawPost(EditorIdentity editor, Guid postId, DateTime now)
    {
        EnsureEditor(editor);
        Post(postId).Withdraw(Guard.Utc(now, "now"));
    }

    private void EnsureEditor(EditorIdentity editor) => editor.EnsureActsFor(OrganisationId);

    private void EnsureNotArchived(string action)
    {
        if (State == ReviewState.Archived)
            throw ReviewWorkflow.Transition(Description, ReviewState.Archived, action);
    }

    private void EnsurePublishingAllowed()
    {
        EnsureNotArchived("published");
        if (IsSuspended)
            throw new DomainRuleException(DomainErrorCodes.PageSuspended, $"{Description} is suspended by staff; nothing of it is published until it is reinstated.");
    }

    private PageRevision AddRevision(PageContent content, EditorIdentity editor, DateTime now)
    {
        var revision = new PageRevision(Id, StagingRevision + 1, content, editor, now);
        _revisions.Add(revision);
        StagingRevision = revision.Number;
        State = ReviewState.Draft;
        return revision;
    }

    private ReviewDecision AddDecision(Guid? postId, int revision, string contentHash, ReviewerIdentity reviewer, ReviewOutcome outcome, string? reason, DateTime now)
    {
        var decision = new ReviewDecision(Id, postId, revision, contentHash, reviewer, outcome, Guard.OptionalText(reason, "Reason", 2000), Guard.Utc(now, "now"));
        _decisions.Add(decision);
        return decision;
    }

    private PageRevision Revision(int number) =>
        _revisions.FirstOrDefault(r => r.Number == number)
        ?? throw new InvalidOperationException($"Revision {number} of {Description} is not loaded; include Revisions when reading a Page.");

    private PagePost Post(Guid postId) =>
        _posts.FirstOrDefault(p => p.Id == postId) ?? throw Guard.Invalid($"Post {postId} is not on {Description}.");

    private static string RequireSlug(string slug)
    {
        var value = Guard.Text(slug, "Slug", 80);
        return SlugShape().IsMatch(value) ? value : throw Guard.Invalid("Slug", $"Slug '{value}' must be lower-case letters, digits and single hyphens.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
