using System.Text;

namespace Sermo.GraphQL.Validation;

/// <summary>"Did you mean ...?" hints: which known names are close to a mistyped one, and how to say so.</summary>
public static class Suggestions
{
    private const int MaxShown = 5;

    /// <summary>The options within a small edit distance of <paramref name="input"/> (case changes and
    /// transpositions count as one edit), nearest first, ties in natural order.</summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(input, inputLower, option, threshold);
            if (distance is { } d)
                found.Add((option, d));
        }
        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        return found.ConvertAll(item => item.Option);
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (with an optional phrase after "mean"), or "" when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
            return "";
        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
            message.Append(subMessage).Append(' ');
        var shown = Math.Min(suggestions.Count, MaxShown);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
                message.Append(shown > 2 ? ", " : " ");
            if (i > 0 && i == shown - 1)
                message.Append("or ");
            message.Append('"').Append(suggestions[i]).Append('"');
        }
        return message.Append('?').ToString();
    }

    /// <summary>Ordinal comparison except that runs of digits compare by their numeric value (a2 &lt; a10).</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var startA = i;
                var startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                    i++;
                while (j < b.Length && char.IsAsciiDigit(b[j]))
                    j++;
                var numberA = a.AsSpan(startA, i - startA).TrimStart('0');
                var numberB = b.AsSpan(startB, j - startB).TrimStart('0');
                if (numberA.Length != numberB.Length)
                    return numberA.Length.CompareTo(numberB.Length);
                var digits = numberA.SequenceCompareTo(numberB);
                if (digits != 0)
                    return Math.Sign(digits);
            }
            else
            {
                if (a[i] != b[j])
                    return a[i].CompareTo(b[j]);
                i++;
                j++;
            }
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }

    /// <summary>Optimal-string-alignment distance between the lower-cased strings, or null when above the
    /// threshold; an exact match is 0 and a match differing only in case is 1.</summary>
    private static int? Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
            return 0;
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
            return 1;
        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
            (a, b) = (b, a);
        if (a.Length - b.Length > threshold)
            return null;

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
            rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            rows[0][j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallest = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, rows[(i - 2) % 3][j - 2] + 1);
                currentRow[j] = value;
                smallest = Math.Min(smallest, value);
            }
            if (smallest > threshold)
                return null;
        }
        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
