using System.Text.RegularExpressions;

namespace Sermo.Domain.Pages;

/// <summary>Everything a visitor sees on a Page apart from its posts: branding, imagery and the about text.</summary>
public sealed partial record PageContent
{
    public PageContent(
        string title, string? tagline, string aboutText, string? logoUrl, string? coverImageUrl,
        string? brandColour, ContentKind kind, string? importantSafetyInformation)
    {
        Title = Guard.Text(title, "Title", 200);
        Tagline = Guard.OptionalText(tagline, "Tagline", 300);
        AboutText = Guard.Text(aboutText, "About text", 10_000);
        LogoUrl = ImageUrl(logoUrl, "Logo URL");
        CoverImageUrl = ImageUrl(coverImageUrl, "Cover image URL");
        BrandColour = Guard.OptionalText(brandColour, "Brand colour", 7) is { } colour
            ? HexColour().IsMatch(colour) ? colour.ToUpperInvariant() : throw Guard.Invalid($"Brand colour '{colour}' is not #RRGGBB.")
            : null;
        Kind = Enum.IsDefined(kind) ? kind : throw Guard.Invalid($"Unknown content kind {kind}.");
        ImportantSafetyInformation = Guard.OptionalText(importantSafetyInformation, "Important Safety Information", 20_000);
    }

    public string Title { get; }
    public string? Tagline { get; }
    public string AboutText { get; }
    public string? LogoUrl { get; }
    public string? CoverImageUrl { get; }
    public string? BrandColour { get; }
    public ContentKind Kind { get; }
    public string? ImportantSafetyInformation { get; }

    internal static string? ImageUrl(string? value, string name)
    {
        var url = Guard.OptionalText(value, name, 2000);
        if (url is null)
            return null;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? url
            : throw Guard.Invalid($"{name} must be an absolute https URL.");
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();
}
