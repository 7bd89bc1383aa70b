using System.Text.RegularExpressions;

namespace Sermo.Domain.Pages;

/// <summary>Everything a visitor sees on a Page apart from its posts: branding (name, logo, cover image, colours), the
/// about text, the company or brand information, and the Important Safety Information shown with it. Images are
/// referenced by the id of an uploaded image of the organisation.</summary>
public sealed partial record PageContent
{
    public PageContent(
        string title, string? tagline, string aboutText, string? companyInformation, string? brandName,
        Guid? logoImageId, Guid? coverImageId, string? brandColour, string? accentColour,
        ContentKind kind, string? importantSafetyInformation)
    {
        Title = Guard.Text(title, "Title", 200);
        Tagline = Guard.OptionalText(tagline, "Tagline", 300);
        AboutText = Guard.Text(aboutText, "About text", 10_000);
        CompanyInformation = Guard.OptionalText(companyInformation, "Company information", 10_000);
        BrandName = Guard.OptionalText(brandName, "Brand name", 200);
        LogoImageId = logoImageId == Guid.Empty ? throw Guard.Invalid("Logo", "The logo's image id is empty.") : logoImageId;
        CoverImageId = coverImageId == Guid.Empty ? throw Guard.Invalid("Cover image", "The cover image's id is empty.") : coverImageId;
        BrandColour = Colour(brandColour, "Brand colour");
        AccentColour = Colour(accentColour, "Accent colour");
        Kind = Enum.IsDefined(kind) ? kind : throw Guard.Invalid("Kind", $"Unknown content kind {kind}.");
        ImportantSafetyInformation = Guard.OptionalText(importantSafetyInformation, "Important Safety Information", 20_000);
    }

    public string Title { get; }
    public string? Tagline { get; }
    public string AboutText { get; }
    public string? CompanyInformation { get; }
    /// <summary>The product the content is about; branded content (a reminder ad or product claims) names it.</summary>
    public string? BrandName { get; }
    public Guid? LogoImageId { get; }
    public Guid? CoverImageId { get; }
    public string? BrandColour { get; }
    public string? AccentColour { get; }
    public ContentKind Kind { get; }
    public string? ImportantSafetyInformation { get; }

    /// <summary>The SHA-256 of the canonical form (<see cref="ContentHash"/>).</summary>
    public string Hash => ContentHash.Of(
        ("kind", Kind), ("title", Title), ("tagline", Tagline), ("aboutText", AboutText), ("companyInformation", CompanyInformation),
        ("brandName", BrandName), ("logoImageId", LogoImageId), ("coverImageId", CoverImageId), ("brandColour", BrandColour),
        ("accentColour", AccentColour), ("importantSafetyInformation", ImportantSafetyInformation));

    /// <summary>The images the content names, by the field the domain names them with.</summary>
    internal IEnumerable<(string Field, Guid? Id)> Images => [("Logo", LogoImageId), ("Cover image", CoverImageId)];

    /// <summary>The texts a reviewer reads for claims, named as the domain names them.</summary>
    internal IEnumerable<(string Field, string? Text)> Texts =>
        [("Title", Title), ("Tagline", Tagline), ("About text", AboutText), ("Company information", CompanyInformation)];

    private static string? Colour(string? value, string name) =>
        Guard.OptionalText(value, name, 7) is { } colour
            ? HexColour().IsMatch(colour) ? colour.ToUpperInvariant() : throw Guard.Invalid(name, $"{name} '{colour}' is not #RRGGBB.")
            : null;

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();
}
