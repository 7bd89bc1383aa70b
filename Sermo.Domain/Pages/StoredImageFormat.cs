namespace Sermo.Domain.Pages;

/// <summary>The image formats Pages accept, as their bytes show them (never as a file name or declared type says).</summary>
public enum StoredImageFormat
{
    Png = 1,
    Jpeg = 2,
    Webp = 3,
}
