using System.Buffers.Binary;
using Sermo.Domain.Pages;

namespace Sermo.Api.Images;

/// <summary>Whether an image's bytes reach the end its format defines. ImageSharp decodes a JPEG or WebP cut short
/// without complaint (the missing rows come out grey), so an upload that broke off half way would be stored as a
/// half-grey picture; this walks the container's structure (segments and chunks by their lengths, never pixels) to the
/// JPEG end-of-image marker, the PNG IEND chunk, or the length a WebP's RIFF header declares.</summary>
public static class ImageCompleteness
{
    public static bool IsWhole(StoredImageFormat format, Stream bytes)
    {
        // Not disposed: that would close the caller's stream, and a read-only buffer holds nothing to flush.
        var reader = new BufferedStream(bytes, 64 * 1024);
        return format switch
        {
            StoredImageFormat.Jpeg => JpegReachesEnd(reader),
            StoredImageFormat.Png => PngReachesEnd(reader),
            _ => WebpReachesEnd(reader),
        };
    }

    /// <summary>Segments are skipped by their length (so an EXIF thumbnail's own end marker is never mistaken for the
    /// image's); inside entropy-coded data only stuffed bytes and restart markers may follow 0xFF.</summary>
    private static bool JpegReachesEnd(Stream jpeg)
    {
        if (jpeg.ReadByte() != 0xFF || jpeg.ReadByte() != 0xD8)
            return false;
        while (true)
        {
            var next = jpeg.ReadByte();
            if (next < 0)
                return false;
            if (next != 0xFF)
                continue;
            var marker = jpeg.ReadByte();
            while (marker == 0xFF)
                marker = jpeg.ReadByte();
            if (marker < 0)
                return false;
            if (marker == 0xD9)
                return true;
            if (marker is 0x00 or (>= 0xD0 and <= 0xD7) or 0x01)
                continue;
            var high = jpeg.ReadByte();
            var low = jpeg.ReadByte();
            var length = (high << 8) | low;
            if (low < 0 || length < 2 || jpeg.Position + length - 2 > jpeg.Length)
                return false;
            jpeg.Seek(length - 2, SeekOrigin.Current);
        }
    }

    private static bool PngReachesEnd(Stream png)
    {
        Span<byte> header = stackalloc byte[8];
        if (png.ReadAtLeast(header, 8, throwOnEndOfStream: false) < 8)
            return false;
        while (png.ReadAtLeast(header, 8, throwOnEndOfStream: false) == 8)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            if (png.Position + length + 4 > png.Length)
                return false;
            if (header[4..8].SequenceEqual("IEND"u8))
                return true;
            png.Seek(length + 4, SeekOrigin.Current);
        }
        return false;
    }

    private static bool WebpReachesEnd(Stream webp)
    {
        Span<byte> header = stackalloc byte[12];
        return webp.ReadAtLeast(header, 12, throwOnEndOfStream: false) == 12
            && webp.Length >= BinaryPrimitives.ReadUInt32LittleEndian(header[4..8]) + 8L;
    }
}
