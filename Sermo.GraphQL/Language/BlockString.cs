using System.Text;

namespace Sermo.GraphQL.Language;

/// <summary>The spec's block string rules: the value a block string stands for (common indentation and
/// blank first and last lines removed) and how a value is written back as a block string.</summary>
public static class BlockString
{
    /// <summary>The spec's BlockStringValue(): <paramref name="raw"/> is the text between the quotes with
    /// <c>\"""</c> already turned into <c>"""</c>.</summary>
    public static string Dedent(string raw)
    {
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var lineIndex = 0;
        foreach (var line in new LineEnumerator(raw))
        {
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length)
            {
                if (firstNonBlank < 0)
                    firstNonBlank = lineIndex;
                lastNonBlank = lineIndex;
                if (lineIndex != 0 && indent < commonIndent)
                    commonIndent = indent;
            }
            lineIndex++;
        }
        if (firstNonBlank < 0)
            return string.Empty;

        var result = new StringBuilder(raw.Length);
        lineIndex = 0;
        foreach (var line in new LineEnumerator(raw))
        {
            if (lineIndex >= firstNonBlank && lineIndex <= lastNonBlank)
            {
                if (lineIndex > firstNonBlank)
                    result.Append('\n');
                result.Append(lineIndex == 0 ? line : line[Math.Min(commonIndent, line.Length)..]);
            }
            lineIndex++;
        }
        return result.ToString();
    }

    /// <summary>Writes <paramref name="value"/> as a block string the way graphql-js 16 prints it.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = true;
        var forceLeadingNewLine = true;
        var lineIndex = 0;
        foreach (var line in new LineEnumerator(escaped))
        {
            if (lineIndex > 0)
            {
                isSingleLine = false;
                if (line.Length > 0 && !IsWhiteSpace(line[0]))
                    forceLeadingNewLine = false;
            }
            lineIndex++;
        }
        forceLeadingNewLine &= !isSingleLine;

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var forceTrailingNewLine = (value.EndsWith('"') && !hasTrailingTripleQuotes) || value.EndsWith('\\');
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder(escaped.Length + 8);
        result.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
            result.Append('\n');
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
            result.Append('\n');
        result.Append("\"\"\"");
        return result.ToString();
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
            i++;
        return i;
    }

    /// <summary>The lines of a text, split at <c>\r\n</c>, <c>\n</c> and <c>\r</c>.</summary>
    private ref struct LineEnumerator(string text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly LineEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next > _text.Length)
                return false;
            var rest = _text[_next..];
            var end = rest.IndexOfAny('\n', '\r');
            if (end < 0)
            {
                Current = rest;
                _next = _text.Length + 1;
                return true;
            }
            Current = rest[..end];
            _next += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            return true;
        }
    }
}
