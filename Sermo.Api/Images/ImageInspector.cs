using System.Security.Cryptography;
using Sermo.Domain;
using Sermo.Domain.Pages;
using Sermo.GraphQL.Types;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Sermo.Api.Images;

/// <summary>Decides whether an upload is an image Pages accept, from its bytes alone, cheapest check first: its length;
/// its format (PNG, JPEG or WebP by signature: not its name or declared type); the dimensions its header declares,
/// before any pixel is decoded (a few bytes can declare gigapixels); that the bytes reach the end their format defines
/// (<see cref="ImageCompleteness"/>); then a full decode, which catches damaged pixel data. A file that passes is re-encoded in its own format: the first frame only, turned upright by its
/// orientation tag, without EXIF, XMP, IPTC or text chunks (GPS positions, device serials, authors' names), keeping
/// the colour profile. Refusals are the domain's rules (<see cref="StoredImage"/>).</summary>
public sealed partial class ImageInspector(ILogger<ImageInspector> logger)
{
    private const int BufferBytes = 81920;

    private readonly SemaphoreSlim _decoding = new(Math.Max(1, Environment.ProcessorCount / 2));

    /// <summary>Only the three accepted formats: any other format is unknown to the decoder, so it is never parsed.</summary>
    private static readonly Configuration AcceptedFormats = new(new PngConfigurationModule(), new JpegConfigurationModule(), new WebpConfigurationModule());

    public async Task<InspectedImage> InspectAsync(IUploadedFile file, CancellationToken cancellationToken)
    {
        StoredImage.EnsureLength(file.Length);
        await using var source = file.OpenReadStream();
        var format = FormatOf(await Image.DetectFormatAsync(AcceptedFormats, source, cancellationToken));

        source.Position = 0;
        var declared = await DecodeAsync(() => Image.IdentifyAsync(AcceptedFormats, source, cancellationToken))
            ?? throw Corrupt("The image's header cannot be read.");
        StoredImage.EnsureDimensions(declared.Width, declared.Height);

        source.Position = 0;
        if (!ImageCompleteness.IsWhole(format, source))
            throw Corrupt("The image ends before its format says it does: it is truncated.");

        source.Position = 0;
        // A 40-megapixel decode holds about 160 MB of pixels: a few at once, the rest wait their turn.
        await _decoding.WaitAsync(cancellationToken);
        try
        {
            using var image = await DecodeAsync(() => Image.LoadAsync(AcceptedFormats, source, cancellationToken));
            Normalise(image);
            StoredImage.EnsureDimensions(image.Width, image.Height);
            return await EncodeAsync(image, format, cancellationToken);
        }
        finally
        {
            _decoding.Release();
        }
    }

    private static async Task<InspectedImage> EncodeAsync(Image image, StoredImageFormat format, CancellationToken cancellationToken)
    {
        var output = new FileStream(Path.Combine(Path.GetTempPath(), $"sermo-image-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, BufferBytes, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await image.SaveAsync(output, EncoderFor(format, image), cancellationToken);
            output.Position = 0;
            var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(output, cancellationToken));
            output.Position = 0;
            return new InspectedImage(format, image.Width, image.Height, sha256, output);
        }
        catch
        {
            await output.DisposeAsync();
            throw;
        }
    }

    private static StoredImageFormat FormatOf(IImageFormat? format) => format switch
    {
        PngFormat => StoredImageFormat.Png,
        JpegFormat => StoredImageFormat.Jpeg,
        WebpFormat => StoredImageFormat.Webp,
        _ => throw new DomainRuleException(DomainErrorCodes.UnsupportedImageType,
            "The file is not a PNG, JPEG or WebP image (judged by its bytes, not its name or declared type).", "File"),
    };

    /// <summary>Runs a decoder step; whatever the decoder throws on these bytes means the file is damaged.</summary>
    private async Task<T> DecodeAsync<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (Exception failure) when (failure is not (OperationCanceledException or OutOfMemoryException or DomainRuleException))
        {
            LogUndecodable(logger, failure.GetType().Name, failure.Message);
            throw Corrupt("The image cannot be decoded whole: it is truncated or damaged.");
        }
    }

    private static DomainRuleException Corrupt(string message) => new(DomainErrorCodes.ImageCorrupt, message, "File");

    private static void Normalise(Image image)
    {
        while (image.Frames.Count > 1)
            image.Frames.RemoveFrame(image.Frames.Count - 1);
        // The orientation tag is applied to the pixels before EXIF goes, so the picture stays the right way up.
        image.Mutate(pixels => pixels.AutoOrient());
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.GetPngMetadata().TextData.Clear();
        var frame = image.Frames.RootFrame.Metadata;
        frame.ExifProfile = null;
        frame.XmpProfile = null;
        frame.IptcProfile = null;
    }

    private static IImageEncoder EncoderFor(StoredImageFormat format, Image image) => format switch
    {
        StoredImageFormat.Png => new PngEncoder(),
        StoredImageFormat.Jpeg => new JpegEncoder { Quality = 90 },
        // A lossless WebP stays lossless (logos with flat colours); a lossy one is re-encoded at high quality.
        _ => new WebpEncoder
        {
            FileFormat = image.Metadata.GetWebpMetadata().FileFormat ?? WebpFileFormatType.Lossy,
            Quality = 90,
        },
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "An upload could not be decoded: {ExceptionType}: {Reason}")]
    private static partial void LogUndecodable(ILogger logger, string exceptionType, string reason);
}
