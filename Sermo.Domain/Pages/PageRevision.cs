namespace Sermo.Domain.Pages;

/// <summary>One numbered version of a Page's content. Its content never changes once written (a change is a new
/// revision); only its place in the workflow moves. Reviewers decide on a revision, and a revision goes live.</summary>
public sealed class PageRevision
{
    private PageRevision() { }

    internal PageRevision(Guid pageId, int number, PageContent content, EditorIdentity editedBy, DateTime createdAt)
    {
        PageId = pageId;
        Number = number;
        Title = content.Title;
        Tagline = content.Tagline;
        AboutText = content.AboutText;
        CompanyInformation = content.CompanyInformation;
        BrandName = content.BrandName;
        LogoImageId = content.LogoImageId;
        CoverImageId = content.CoverImageId;
        BrandColour = content.BrandColour;
        AccentColour = content.AccentColour;
        Kind = content.Kind;
        ImportantSafetyInformation = content.ImportantSafetyInformation;
        ContentHash = content.Hash;
        EditedBy = editedBy;
        CreatedAt = createdAt;
        State = ReviewState.Draft;
    }

    public Guid PageId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public string? Tagline { get; private set; }
    public string AboutText { get; private set; } = "";
    public string? CompanyInformation { get; private set; }
    public string? BrandName { get; private set; }
    public Guid? LogoImageId { get; private set; }
    public Guid? CoverImageId { get; private set; }
    public string? BrandColour { get; private set; }
    public string? AccentColour { get; private set; }
    public ContentKind Kind { get; private set; }
    public string? ImportantSafetyInformation { get; private set; }
    /// <summary>The SHA-256 of the content's canonical form, computed when the revision was written.</summary>
    public string ContentHash { get; private set; } = "";
    public EditorIdentity EditedBy { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
    public ReviewState State { get; private set; }
    /// <summary>When it was last sent to the reviewers; null while it never was.</summary>
    public DateTime? SubmittedAt { get; private set; }

    public PageContent Content => new(Title, Tagline, AboutText, CompanyInformation, BrandName, LogoImageId, CoverImageId,
        BrandColour, AccentColour, Kind, ImportantSafetyInformation);

    internal void Submit(DateTime now)
    {
        ReviewWorkflow.EnsureState(State, ReviewState.Draft, $"revision {Number}", "submitted for review");
        var content = Content;
        PromotionalRules.EnsureReviewable(Kind, BrandName, ImportantSafetyInformation, content.Texts, "This page");
        State = ReviewState.InReview;
        SubmittedAt = now;
    }

    internal void MoveTo(ReviewState state) => State = state;
}
