namespace Sermo.Domain.Pages;

/// <summary>One numbered, immutable version of a Page's content: reviewers decide on a revision, and a revision goes live.</summary>
public sealed class PageRevision
{
    private PageRevision() { }

    internal PageRevision(Guid pageId, int number, PageContent content, string editedBy, DateTime createdAt)
    {
        PageId = pageId;
        Number = number;
        Title = content.Title;
        Tagline = content.Tagline;
        AboutText = content.AboutText;
        LogoUrl = content.LogoUrl;
        CoverImageUrl = content.CoverImageUrl;
        BrandColour = content.BrandColour;
        Kind = content.Kind;
        ImportantSafetyInformation = content.ImportantSafetyInformation;
        EditedBy = editedBy;
        CreatedAt = createdAt;
    }

    public Guid PageId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public string? Tagline { get; private set; }
    public string AboutText { get; private set; } = "";
    public string? LogoUrl { get; private set; }
    public string? CoverImageUrl { get; private set; }
    public string? BrandColour { get; private set; }
    public ContentKind Kind { get; private set; }
    public string? ImportantSafetyInformation { get; private set; }
    public string EditedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    public PageContent Content => new(Title, Tagline, AboutText, LogoUrl, CoverImageUrl, BrandColour, Kind, ImportantSafetyInformation);
}
