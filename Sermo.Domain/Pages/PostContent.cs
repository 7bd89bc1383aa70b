namespace Sermo.Domain.Pages;

/// <summary>What a Page post says and shows; the image is an uploaded image of the organisation, by id.</summary>
public sealed record PostContent
{
    public PostContent(string body, Guid? imageId, ContentKind kind, string? brandName, string? importantSafetyInformation)
    {
        Body = Guard.Text(body, "Post body", 5_000);
        ImageId = imageId == Guid.Empty ? throw Guard.Invalid("Image", "The image id is empty.") : imageId;
        Kind = Enum.IsDefined(kind) ? kind : throw Guard.Invalid("Kind", $"Unknown content kind {kind}.");
        BrandName = Guard.OptionalText(brandName, "Brand name", 200);
        ImportantSafetyInformation = Guard.OptionalText(importantSafetyInformation, "Important Safety Information", 20_000);
    }

    public string Body { get; }
    public Guid? ImageId { get; }
    public ContentKind Kind { get; }
    public string? BrandName { get; }
    public string? ImportantSafetyInformation { get; }

    /// <summary>The SHA-256 of the canonical form (<see cref="ContentHash"/>).</summary>
    public string Hash => ContentHash.Of(
        ("kind", Kind), ("body", Body), ("imageId", ImageId), ("brandName", BrandName), ("importantSafetyInformation", ImportantSafetyInformation));

    internal IEnumerable<(string Field, Guid? Id)> Images => [("Image", ImageId)];

    internal IEnumerable<(string Field, string? Text)> Texts => [("Post body", Body)];
}
