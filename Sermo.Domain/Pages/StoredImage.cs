using Sermo.Domain.Organisations;

namespace Sermo.Domain.Pages;

/// <summary>An image an agency uploaded for an organisation's Pages (logos, covers, post images). Its bytes live in a
/// blob store under its id and never change: a new image is a new <see cref="StoredImage"/>. The limits are the
/// product's: what an upload may be before anyone decodes it, and what is kept.</summary>
public sealed class StoredImage
{
    /// <summary>The largest upload accepted, in bytes (5 MB).</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The shortest side accepted, in pixels: anything smaller is no logo or cover.</summary>
    public const int MinSide = 16;

    /// <summary>The longest side accepted, in pixels.</summary>
    public const int MaxSide = 8192;

    /// <summary>The most pixels accepted (40 megapixels): a small file may declare a huge canvas, and decoding it would
    /// take gigabytes of memory (a "zip bomb of pixels").</summary>
    public const long MaxPixels = 40_000_000;

    private StoredImage() { }

    /// <summary>Records an image an agency stored for <paramref name="organisation"/>; refused unless the agency acts for it.</summary>
    public StoredImage(Organisation organisation, Guid agencyId, StoredImageFormat format, long length, int width, int height, string sha256, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        organisation.EnsureRepresentedBy(agencyId, now);
        EnsureLength(length);
        EnsureDimensions(width, height);
        Id = EntityIds.Next();
        OrganisationId = organisation.Id;
        UploadedByAgencyId = agencyId;
        ContentType = ContentTypeOf(format);
        Length = length;
        Width = width;
        Height = height;
        Sha256 = sha256 is { Length: 64 } && sha256.All(char.IsAsciiHexDigitLower)
            ? sha256
            : throw Guard.Invalid("The SHA-256 must be 64 lowercase hexadecimal digits.");
        UploadedAt = Guard.Utc(now, "now");
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>Who uploaded it: the agency acting under its mandate for the organisation.</summary>
    public Guid UploadedByAgencyId { get; private set; }

    /// <summary>image/png, image/jpeg or image/webp, from the bytes.</summary>
    public string ContentType { get; private set; } = "";

    /// <summary>Bytes stored.</summary>
    public long Length { get; private set; }

    public int Width { get; private set; }
    public int Height { get; private set; }

    /// <summary>SHA-256 of the stored bytes, lowercase hex: the HTTP ETag of <c>/images/{id}</c>.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTime UploadedAt { get; private set; }

    /// <summary>The key of its bytes in the blob store.</summary>
    public string BlobKey => BlobKeyOf(Id);

    public static string BlobKeyOf(Guid id) => $"images/{id:N}";

    public static string ContentTypeOf(StoredImageFormat format) => format switch
    {
        StoredImageFormat.Png => "image/png",
        StoredImageFormat.Jpeg => "image/jpeg",
        StoredImageFormat.Webp => "image/webp",
        _ => throw new DomainRuleException(DomainErrorCodes.UnsupportedImageType, "Images must be PNG, JPEG or WebP.", "File"),
    };

    /// <summary>Throws unless an upload of <paramref name="length"/> bytes may be looked at at all.</summary>
    public static void EnsureLength(long length)
    {
        if (length > MaxBytes)
            throw new DomainRuleException(DomainErrorCodes.ImageTooLarge, $"The image is {length} bytes; at most {MaxBytes} (5 MB) are accepted.", "File");
        if (length <= 0)
            throw new DomainRuleException(DomainErrorCodes.ImageCorrupt, "The file is empty.", "File");
    }

    /// <summary>Throws unless the dimensions an image declares are sensible; asked before its pixels are decoded.</summary>
    public static void EnsureDimensions(int width, int height)
    {
        if (width < MinSide || height < MinSide || width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            throw new DomainRuleException(DomainErrorCodes.ImageDimensionsOutOfRange,
                $"The image is {width} × {height} pixels; each side must be {MinSide} to {MaxSide} pixels and the whole at most {MaxPixels / 1_000_000} megapixels.", "File");
        }
    }
}
