using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sermo.GraphQL.Execution;

/// <summary>Writes a result tree as compact JSON bytes and hands them to a <see cref="Utf8JsonWriter"/> as one raw
/// value. The writer's bookkeeping for every token (state, separators, escaping checks) was most of the cost of
/// writing a response; here the separators follow from the tree's shape, keys come pre-encoded from the selection
/// (<see cref="SelectionPlan.KeyPrefixes"/>) and plain ASCII strings are copied. Every other value, and every string
/// that needs an escape, goes through a <see cref="Utf8JsonWriter"/> with the caller's encoder, so the bytes are
/// the ones the caller's writer would have produced.</summary>
internal sealed class CompactResultWriter
{
    // Large results (a report of some 300 KB) would otherwise grow a new buffer on the large object heap per write.
    private const int KeptBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static CompactResultWriter? t_cached;

    /// <summary>Printable ASCII without the characters either supported encoder may escape: the quote and the
    /// backslash, and the HTML-sensitive &amp; ' + &lt; &gt; ` that the default encoder escapes.</summary>
    private static readonly SearchValues<char> PlainAscii =
        SearchValues.Create(" !#$%()*,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~");

    private byte[] _bytes = new byte[8 * 1024];
    private int _length;
    private readonly ArrayBufferWriter<byte> _scratch = new(256);
    private Utf8JsonWriter? _valueWriter;
    private JavaScriptEncoder? _encoder;

    /// <summary>Whether <paramref name="writer"/>'s output can be produced here: compact, with the default or the
    /// relaxed encoder (the plain ASCII set above is what neither escapes). Indented output keeps the writer's layout.</summary>
    public static bool CanWrite(Utf8JsonWriter writer)
    {
        var options = writer.Options;
        return !options.Indented
            && (options.Encoder is null || options.Encoder == JavaScriptEncoder.Default || options.Encoder == JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    }

    public static void Write(Utf8JsonWriter writer, ResultNode node)
    {
        // Taken off the thread while in use, so a write that re-enters (none does today) gets its own.
        var self = t_cached ?? new CompactResultWriter();
        t_cached = null;
        try
        {
            self.UseEncoder(writer.Options.Encoder);
            self.WriteValue(node);
            writer.WriteRawValue(self._bytes.AsSpan(0, self._length), skipInputValidation: true);
        }
        finally
        {
            self._length = 0;
            if (self._bytes.Length <= KeptBufferBytes && self._scratch.Capacity <= KeptBufferBytes)
                t_cached = self;
        }
    }

    private void UseEncoder(JavaScriptEncoder? encoder)
    {
        if (_valueWriter is not null && _encoder == encoder)
            return;
        _encoder = encoder;
        _valueWriter = new Utf8JsonWriter(_scratch, new JsonWriterOptions { Encoder = encoder, SkipValidation = true });
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case ResultMap map:
                WriteMap(map);
                break;
            case string text:
                WriteString(text);
                break;
            case ResultList list:
                WriteList(list);
                break;
            case null:
                Append("null"u8);
                break;
            case bool flag:
                Append(flag ? "true"u8 : "false"u8);
                break;
            case int number:
                EnsureCapacity(11);
                number.TryFormat(_bytes.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
                _length += written;
                break;
            default:
                WriteThroughJsonWriter(value);
                break;
        }
    }

    private void WriteMap(ResultMap map)
    {
        var prefixes = map.KeyPrefixes;
        if (prefixes.Length == 0)
        {
            Append("{}"u8);
            return;
        }
        for (var i = 0; i < prefixes.Length; i++)
        {
            Append(prefixes[i]);
            WriteValue(map.ValueAt(i));
        }
        Append((byte)'}');
    }

    private void WriteList(ResultList list)
    {
        Append((byte)'[');
        for (var i = 0; i < list.ItemCount; i++)
        {
            if (i > 0)
                Append((byte)',');
            WriteValue(list.ItemAt(i));
        }
        Append((byte)']');
    }

    private void WriteString(string text)
    {
        if (text.AsSpan().ContainsAnyExcept(PlainAscii))
        {
            WriteThroughJsonWriter(text);
            return;
        }
        EnsureCapacity(text.Length + 2);
        _bytes[_length] = (byte)'"';
        NarrowPlainAscii(text, _bytes.AsSpan(_length + 1, text.Length));
        _length += text.Length + 1;
        _bytes[_length++] = (byte)'"';
    }

    /// <summary>Copies characters already known to be ASCII as bytes. Response strings are mostly short (ids, names,
    /// hashes), where <see cref="Ascii.FromUtf16"/>'s checks and set-up cost more than the copy: this narrows
    /// eight characters at a time, finishing with an overlapping block rather than a loop.</summary>
    private static void NarrowPlainAscii(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var length = text.Length;
        if (length < 8 || !Vector128.IsHardwareAccelerated)
        {
            for (var i = 0; i < length; i++)
                destination[i] = (byte)text[i];
            return;
        }
        ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref var target = ref MemoryMarshal.GetReference(destination);
        var offset = 0;
        while (true)
        {
            var block = Vector128.LoadUnsafe(ref source, (nuint)offset);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, offset), Vector128.Narrow(block, block).AsUInt64().ToScalar());
            if (offset == length - 8)
                return;
            offset = Math.Min(offset + 8, length - 8);
        }
    }

    private void WriteThroughJsonWriter(object? value)
    {
        var writer = _valueWriter!;
        _scratch.ResetWrittenCount();
        writer.Reset(_scratch);
        ResultJsonWriter.WriteValue(writer, value);
        writer.Flush();
        Append(_scratch.WrittenSpan);
    }

    private void Append(byte value)
    {
        EnsureCapacity(1);
        _bytes[_length++] = value;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
    }

    private void EnsureCapacity(int more)
    {
        if (_bytes.Length - _length < more)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + more));
    }
}
