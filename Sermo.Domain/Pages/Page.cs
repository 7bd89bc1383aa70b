using System.Text.RegularExpressions;
using Sermo.Domain.Organisations;

namespace Sermo.Domain.Pages;

/// <summary>
/// An organisation's Page. Editors work on the staging revision while the live revision (the last one
/// published) stays visible; a revision goes live only after a reviewer approved that exact revision.
/// <see cref="State"/> is the staging revision's place in the review workflow.
/// </summary>
public sealed partial class Page
{
    private readonly List<PageRevision> _revisions = [];
    private readonly List<ReviewDecision> _decisions = [];
    private readonly List<PagePost> _posts = [];

    private Page() { }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    /// <summary>The Page's address, unique across Pages.</summary>
    public string Slug { get; private set; } = "";
    public ReviewState State { get; private set; }
    public int StagingRevision { get; private set; }
    /// <summary>The revision visitors see; null until the first publication.</summary>
    public int? LiveRevision { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime? ArchivedAt { get; private set; }
    public IReadOnlyList<PageRevision> Revisions => _revisions;
    public IReadOnlyList<ReviewDecision> Decisions => _decisions;
    public IReadOnlyList<PagePost> Posts => _posts;

    public bool IsLive => LiveRevision is not null && State != ReviewState.Archived;
    public PageRevision Staging => Revision(StagingRevision);
    public PageRevision? Live => LiveRevision is { } number ? Revision(number) : null;

    private string Description => $"page '{Slug}'";

    public static Page Create(Organisation owner, string slug, PageContent content, string editor, DateTime now)
    {
        var page = new Page
        {
            Id = EntityIds.Next(),
            OrganisationId = owner.Id,
            Slug = RequireSlug(slug),
            State = ReviewState.Draft,
            CreatedAt = Guard.Utc(now, "now"),
        };
        page.AddRevision(content, editor, now);
        return page;
    }

    /// <summary>Writes a new staging revision; the live revision, if any, is untouched.</summary>
    public PageRevision Revise(PageContent content, string editor, DateTime now)
    {
        ReviewWorkflow.EnsureEditable(State, Description);
        return AddRevision(content, editor, Guard.Utc(now, "now"));
    }

    public void SubmitForReview()
    {
        ReviewWorkflow.EnsureState(State, ReviewState.Draft, Description, "submitted for review");
        PromotionalRules.EnsureReviewable(Staging.Kind, Staging.ImportantSafetyInformation, "This page");
        State = ReviewState.InReview;
    }

    public ReviewDecision RecordDecision(int revision, string reviewer, ReviewOutcome outcome, string? reason, DateTime now)
    {
        var who = Guard.Text(reviewer, "Reviewer", 200);
        State = ReviewWorkflow.Decide(State, StagingRevision, Staging.EditedBy, revision, who, outcome, reason, Description);
        return AddDecision(null, revision, who, outcome, reason, now);
    }

    /// <summary>Makes the staging revision live. The caller names the revision it means, so a late edit cannot slip through.</summary>
    public void Publish(int revision, DateTime now)
    {
        ReviewWorkflow.EnsurePublishable(_decisions.Where(d => d.PostId is null), State, StagingRevision, revision, Description);
        State = ReviewState.Published;
        LiveRevision = revision;
        PublishedAt = Guard.Utc(now, "now");
    }

    /// <summary>Takes the Page down for good; its revisions and decisions stay as the record.</summary>
    public void Archive(DateTime now)
    {
        if (State == ReviewState.Archived)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, $"{Description} is already archived.");
        State = ReviewState.Archived;
        ArchivedAt = Guard.Utc(now, "now");
    }

    public PagePost DraftPost(PostContent content, string author, DateTime now)
    {
        if (State == ReviewState.Archived)
            throw new DomainRuleException(DomainErrorCodes.InvalidStateTransition, $"{Description} is archived and takes no posts.");
        var post = new PagePost(Id, content, Guard.Text(author, "Author", 200), Guard.Utc(now, "now"));
        _posts.Add(post);
        return post;
    }

    public void RevisePost(Guid postId, PostContent content, string editor) =>
        Post(postId).Revise(content, Guard.Text(editor, "Editor", 200));

    public void SubmitPost(Guid postId) => Post(postId).Submit();

    public ReviewDecision RecordPostDecision(Guid postId, int revision, string reviewer, ReviewOutcome outcome, string? reason, DateTime now)
    {
        var post = Post(postId);
        var who = Guard.Text(reviewer, "Reviewer", 200);
        post.MoveTo(ReviewWorkflow.Decide(post.State, post.Revision, post.EditedBy, revision, who, outcome, reason, post.Description));
        return AddDecision(postId, revision, who, outcome, reason, now);
    }

    public void PublishPost(Guid postId, int revision, DateTime now)
    {
        var post = Post(postId);
        ReviewWorkflow.EnsurePublishable(_decisions.Where(d => d.PostId == postId), post.State, post.Revision, revision, post.Description);
        post.Publish(Guard.Utc(now, "now"));
    }

    private PageRevision AddRevision(PageContent content, string editor, DateTime now)
    {
        var revision = new PageRevision(Id, StagingRevision + 1, content, Guard.Text(editor, "Editor", 200), now);
        _revisions.Add(revision);
        StagingRevision = revision.Number;
        State = ReviewState.Draft;
        return revision;
    }

    private ReviewDecision AddDecision(Guid? postId, int revision, string reviewer, ReviewOutcome outcome, string? reason, DateTime now)
    {
        var decision = new ReviewDecision(Id, postId, revision, reviewer, outcome, Guard.OptionalText(reason, "Reason", 2000), Guard.Utc(now, "now"));
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
        return SlugShape().IsMatch(value) ? value : throw Guard.Invalid($"Slug '{value}' must be lower-case letters, digits and single hyphens.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
