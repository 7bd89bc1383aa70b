using System.Buffers.Binary;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Sermo.Tests.Api.Images;

/// <summary>Image files made for the tests: real encodings of a noisy picture (noise keeps compression honest), with
/// EXIF where asked, and the bad files an upload must survive.</summary>
internal static class TestImages
{
    public static byte[] Png(int width = 64, int height = 48) => Encode(width, height, new PngEncoder());

    public static byte[] Jpeg(int width = 64, int height = 48, bool withGps = false) => Encode(width, height, new JpegEncoder { Quality = 85 }, withGps);

    public static byte[] Webp(int width = 64, int height = 48) => Encode(width, height, new WebpEncoder { FileFormat = WebpFileFormatType.Lossless });

    public static byte[] Gif() => Encode(32, 32, new GifEncoder());

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");

    /// <summary>The first <paramref name="fraction"/> of the file, as an upload cut short leaves it.</summary>
    public static byte[] Truncated(byte[] image, double fraction = 0.6) => image[..(int)(image.Length * fraction)];

    /// <summary>A small, valid JPEG whose frame header then declares <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] JpegDeclaring(int width, int height)
    {
        var bytes = Jpeg();
        for (var i = 2; i < bytes.Length - 9; i++)
        {
            // SOF0/SOF2: FF C0|C2, length (2), precision (1), height (2), width (2).
            if (bytes[i] == 0xFF && bytes[i + 1] is 0xC0 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 5), (ushort)height);
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 7), (ushort)width);
                return bytes;
            }
        }
        throw new InvalidOperationException("The encoded JPEG has no frame header.");
    }

    /// <summary>A small PNG whose header (with its checksum redone) declares <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        var bytes = Png();
        // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), 5 more bytes, then the CRC over type and data.
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(29), System.IO.Hashing.Crc32.HashToUInt32(bytes.AsSpan(12, 17)));
        return bytes;
    }

    private static byte[] Encode(int width, int height, IImageEncoder encoder, bool withGps = false)
    {
        using var image = new Image<Rgb24>(width, height);
        var random = new Random(width * 31 + height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (ref var pixel in rows.GetRowSpan(y))
                    pixel = new Rgb24((byte)random.Next(256), (byte)(y * 4), 128);
            }
        });
        if (withGps)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitudeRef, "N");
            image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitude, [new Rational(51, 1), new Rational(30, 1), new Rational(0, 1)]);
            image.Metadata.ExifProfile.SetValue(ExifTag.Make, "SecretCam");
        }
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }
}
