namespace Sermo.Domain.Pages;

/// <summary>A post on a Page. It goes through the same review as the Page itself: editing it makes a new revision
/// (and voids an approval of the old one); once published it never changes, and can only be withdrawn.</summary>
public sealed class PagePost
{
    private PagePost() { }

    internal PagePost(Guid pageId, PostContent content, EditorIdentity author, DateTime now)
    {
        Id = EntityIds.Next();
        PageId = pageId;
        CreatedAt = now;
        Apply(content, author, 1);
    }

    public Guid Id { get; private set; }
    public Guid PageId { get; private set; }
    public int Revision { get; private set; }
    public string Body { get; private set; } = "";
    public Guid? ImageId { get; private set; }
    public ContentKind Kind { get; private set; }
    public string? BrandName { get; private set; }
    public string? ImportantSafetyInformation { get; private set; }
    /// <summary>The SHA-256 of the current revision's canonical form.</summary>
    public string ContentHash { get; private set; } = "";
    public EditorIdentity EditedBy { get; private set; } = null!;
    public ReviewState State { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }

    public PostContent Content => new(Body, ImageId, Kind, BrandName, ImportantSafetyInformation);

    internal string Description => $"post {Id}";

    internal void Revise(PostContent content, EditorIdentity editor)
    {
        ReviewWorkflow.EnsureEditable(State, Description);
        Apply(content, editor, Revision + 1);
    }

    internal void Submit(DateTime now)
    {
        ReviewWorkflow.EnsureState(State, ReviewState.Draft, Description, "submitted for review");
        var content = Content;
        PromotionalRules.EnsureReviewable(Kind, BrandName, ImportantSafetyInformation, content.Texts, "This post");
        State = ReviewState.InReview;
        SubmittedAt = now;
    }

    internal void MoveTo(ReviewState state) => State = state;

    internal void Publish(DateTime now)
    {
        State = ReviewState.Published;
        PublishedAt = now;
    }

    internal void Withdraw(DateTime now)
    {
        ReviewWorkflow.EnsureState(State, ReviewState.Published, Description, "withdrawn");
        State = ReviewState.Archived;
        WithdrawnAt = now;
    }

    private void Apply(PostContent content, EditorIdentity editor, int revision)
    {
        Body = content.Body;
        ImageId = content.ImageId;
        Kind = content.Kind;
        BrandName = content.BrandName;
        ImportantSafetyInformation = content.ImportantSafetyInformation;
        ContentHash = content.Hash;
        EditedBy = editor;
        Revision = revision;
        State = ReviewState.Draft;
    }
}
