using System.Collections;
using System.Globalization;
using System.Text;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary>Renders a value for an error message the way graphql-js's inspect does: strings quoted,
/// lists in brackets, objects in braces, so a message shows exactly what was refused.</summary>
internal static class ValueInspector
{
    private const int MaxDepth = 2;

    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth) => value switch
    {
        null => "null",
        string text => Quote(text),
        char c => Quote(c.ToString()),
        bool b => b ? "true" : "false",
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        IFormattable formattable when IsNumber(value) => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<KeyValuePair<string, object?>> map => depth >= MaxDepth ? "[Object]" : InspectObject(map, depth),
        IDictionary dictionary => depth >= MaxDepth ? "[Object]" : InspectObject(Entries(dictionary), depth),
        IEnumerable list => depth >= MaxDepth ? "[Array]" : "[" + string.Join(", ", list.Cast<object?>().Select(item => Inspect(item, depth + 1))) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };

    internal static bool IsNumber(object value) =>
        value is int or long or short or byte or sbyte or uint or ulong or ushort or double or float or decimal;

    private static string FormatDouble(double d) => d switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        // JavaScript writes exponents in lower case ("1e+100"); messages follow graphql-js.
        _ => d.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e'),
    };

    private static IEnumerable<KeyValuePair<string, object?>> Entries(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
            yield return new(entry.Key.ToString() ?? "", entry.Value);
    }

    private static string InspectObject(IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        var parts = entries.Select(entry => entry.Key + ": " + Inspect(entry.Value, depth + 1)).ToList();
        return parts.Count == 0 ? "{}" : "{ " + string.Join(", ", parts) + " }";
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
