using Microsoft.Extensions.Logging.Abstractions;
using Sermo.Api.Images;
using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.GraphQL.Types;
using SixLabors.ImageSharp;

namespace Sermo.Tests.Api.Images;

/// <summary>What the inspector accepts and refuses, judged by bytes, and what it keeps of an accepted image.</summary>
public sealed class ImageInspectorTests
{
    private readonly ImageInspector _inspector = new(NullLogger<ImageInspector>.Instance);

    private sealed class BytesFile(string fileName, string contentType, byte[] bytes) : IUploadedFile
    {
        public string FileName { get; } = fileName;
        public string? ContentType { get; } = contentType;
        public long Length => bytes.Length;
        public Stream OpenReadStream() => new MemoryStream(bytes, writable: false);
    }

    private Task<InspectedImage> InspectAsync(byte[] bytes, string fileName = "upload.png", string contentType = "image/png") =>
        _inspector.InspectAsync(new BytesFile(fileName, contentType, bytes), CancellationToken.None);

    public static TheoryData<string, StoredImageFormat> GoodImages => new()
    {
        { "png", StoredImageFormat.Png },
        { "jpeg", StoredImageFormat.Jpeg },
        { "webp", StoredImageFormat.Webp },
    };

    private static byte[] Good(string kind) => kind switch
    {
        "png" => TestImages.Png(64, 48),
        "jpeg" => TestImages.Jpeg(64, 48),
        _ => TestImages.Webp(64, 48),
    };

    [Theory]
    [MemberData(nameof(GoodImages))]
    public async Task A_good_image_is_accepted_whatever_its_name_says(string kind, StoredImageFormat format)
    {
        await using var inspected = await InspectAsync(Good(kind), "misleading.gif", "application/octet-stream");

        Assert.Equal((format, 64, 48), (inspected.Format, inspected.Width, inspected.Height));
        Assert.Equal(Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(inspected.Content)), inspected.Sha256);
        inspected.Content.Position = 0;
        Assert.Equal(format.ToString().ToUpperInvariant(), (await Image.DetectFormatAsync(inspected.Content))!.Name.ToUpperInvariant());
    }

    [Fact]
    public async Task Exif_with_a_gps_position_is_not_kept()
    {
        var original = TestImages.Jpeg(withGps: true);
        Assert.NotNull(Image.Identify(original).Metadata.ExifProfile);

        await using var inspected = await InspectAsync(original, "photo.jpg", "image/jpeg");

        using var copy = new MemoryStream();
        await inspected.Content.CopyToAsync(copy);
        Assert.Null(Image.Identify(copy.ToArray()).Metadata.ExifProfile);
        Assert.DoesNotContain("SecretCam", System.Text.Encoding.ASCII.GetString(copy.ToArray()), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> WrongTypes => new()
    {
        { "gif", "image/gif" },
        { "pdf", "application/pdf" },
        { "html", "image/png" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public async Task Other_formats_are_refused_by_their_bytes(string kind, string declaredType)
    {
        var bytes = kind switch { "gif" => TestImages.Gif(), "pdf" => TestImages.Pdf(), _ => TestImages.Html() };

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => InspectAsync(bytes, "logo.png", declaredType));

        Assert.Equal(DomainErrorCodes.UnsupportedImageType, refusal.Code);
    }

    [Theory]
    [InlineData("png", 0.6)]
    [InlineData("png", 0.99)]
    [InlineData("jpeg", 0.6)]
    [InlineData("jpeg", 0.99)]
    [InlineData("webp", 0.6)]
    [InlineData("webp", 0.99)]
    public async Task A_truncated_image_is_corrupt(string kind, double kept)
    {
        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => InspectAsync(TestImages.Truncated(Good(kind), kept)));

        Assert.Equal(DomainErrorCodes.ImageCorrupt, refusal.Code);
    }

    [Fact]
    public async Task Bytes_after_a_jpeg_end_do_not_make_it_corrupt()
    {
        await using var inspected = await InspectAsync([.. TestImages.Jpeg(), .. "trailing data"u8.ToArray()]);

        Assert.Equal(StoredImageFormat.Jpeg, inspected.Format);
    }

    [Theory]
    [InlineData(60000, 60000)]
    [InlineData(8000, 8000)]
    [InlineData(8, 8)]
    public async Task Declared_dimensions_are_refused_before_decoding(int width, int height)
    {
        var jpeg = await Assert.ThrowsAsync<DomainRuleException>(() => InspectAsync(TestImages.JpegDeclaring(width, height)));
        var png = await Assert.ThrowsAsync<DomainRuleException>(() => InspectAsync(TestImages.PngDeclaring(width, height)));

        Assert.Equal(DomainErrorCodes.ImageDimensionsOutOfRange, jpeg.Code);
        Assert.Equal(DomainErrorCodes.ImageDimensionsOutOfRange, png.Code);
    }

    [Fact]
    public async Task More_than_5_mb_is_refused_before_reading()
    {
        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => InspectAsync(new byte[StoredImage.MaxBytes + 1]));

        Assert.Equal(DomainErrorCodes.ImageTooLarge, refusal.Code);
    }
}
