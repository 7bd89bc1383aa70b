using System.Security.Cryptography;
using Sermo.Domain.Organisations;
using Sermo.Domain.Pages;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Sermo.Seeding;

/// <summary>The Pages' images: a logo and a cover per organisation that owns a Page, uploaded by the agency that makes
/// its first Page, drawn here (a square and a band in the organisation's colours) so the demo shows branding.</summary>
public sealed partial class SeedGenerator
{
    private readonly Dictionary<Guid, (SeedImage Logo, SeedImage Cover)> _images = [];

    private (SeedImage Logo, SeedImage Cover) ImagesOf(Organisation owner, Guid agency, DateTime uploaded)
    {
        if (_images.TryGetValue(owner.Id, out var known))
            return known;
        // The colours come from the organisation's name, not from the seed's random sequence, which stays as it was.
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(owner.Name));
        var (main, accent) = (new Rgba32(hash[0], hash[1], hash[2]), new Rgba32(hash[3], hash[4], hash[5]));
        var images = (Drawn(owner, agency, uploaded, 128, 128, main, accent), Drawn(owner, agency, uploaded, 960, 320, accent, main));
        _images[owner.Id] = images;
        return images;
    }

    private static SeedImage Drawn(Organisation owner, Guid agency, DateTime uploaded, int width, int height, Rgba32 background, Rgba32 mark)
    {
        using var image = new Image<Rgba32>(width, height, background);
        image.ProcessPixelRows(rows =>
        {
            for (var y = height / 4; y < height * 3 / 4; y++)
                rows.GetRowSpan(y)[(width / 4)..(width * 3 / 4)].Fill(mark);
        });
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        var bytes = png.ToArray();
        var row = new StoredImage(owner, agency, StoredImageFormat.Png, bytes.Length, width, height, Convert.ToHexStringLower(SHA256.HashData(bytes)), uploaded);
        return new SeedImage(row, bytes);
    }
}
