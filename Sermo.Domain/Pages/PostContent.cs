namespace Sermo.Domain.Pages;

/// <summary>What a Page post says and shows.</summary>
public sealed record PostContent
{
    public PostContent(string body, string? imageUrl, ContentKind kind, string? importantSafetyInformation)
    {
        Body = Guard.Text(body, "Post body", 5_000);
        ImageUrl = PageContent.ImageUrl(imageUrl, "Post image URL");
        Kind = Enum.IsDefined(kind) ? kind : throw Guard.Invalid($"Unknown content kind {kind}.");
        ImportantSafetyInformation = Guard.OptionalText(importantSafetyInformation, "Important Safety Information", 20_000);
    }

    public string Body { get; }
    public string? ImageUrl { get; }
    public ContentKind Kind { get; }
    public string? ImportantSafetyInformation { get; }
}
