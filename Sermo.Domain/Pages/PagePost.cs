namespace Sermo.Domain.Pages;

/// <summary>A post on a Page. It goes through the same review as the Page itself; editing it makes a new revision.</summary>
public sealed class PagePost
{
    private PagePost() { }

    internal PagePost(Guid pageId, PostContent content, string author, DateTime now)
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
    public string? ImageUrl { get; private set; }
    public ContentKind Kind { get; private set; }
    public string? ImportantSafetyInformation { get; private set; }
    public string EditedBy { get; private set; } = "";
    public ReviewState State { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }

    internal string Description => $"post {Id}";

    internal void Revise(PostContent content, string editor)
    {
        ReviewWorkflow.EnsureEditable(State, Description);
        Apply(content, editor, Revision + 1);
    }

    internal void Submit()
    {
        ReviewWorkflow.EnsureState(State, ReviewState.Draft, Description, "submitted for review");
        PromotionalRules.EnsureReviewable(Kind, ImportantSafetyInformation, "This post");
        State = ReviewState.InReview;
    }

    internal void MoveTo(ReviewState state) => State = state;

    internal void Publish(DateTime now)
    {
        State = ReviewState.Published;
        PublishedAt = now;
    }

    private void Apply(PostContent content, string editor, int revision)
    {
        Body = content.Body;
        ImageUrl = content.ImageUrl;
        Kind = content.Kind;
        ImportantSafetyInformation = content.ImportantSafetyInformation;
        EditedBy = editor;
        Revision = revision;
        State = ReviewState.Draft;
    }
}
