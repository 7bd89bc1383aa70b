using System.Collections;
using System.Globalization;
using System.Text;

namespace Sermo.GraphQL.Execution;

/// <summary>Shows a runtime value in an error message the way a client wrote it (JSON-like), bounded in size.</summary>
internal static class ValueDescriber
{
    private const int MaxLength = 200;

    public static string Describe(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, JsonElementValues.Unwrap(value), 0);
        return builder.Length > MaxLength ? builder.ToString(0, MaxLength) + "..." : builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        if (builder.Length > MaxLength || depth > 5)
        {
            builder.Append("...");
            return;
        }
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append('"').Append(text.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case IFormattable number when value is int or long or double or float or decimal or short or byte:
                builder.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                builder.Append("{ ");
                var first = true;
                foreach (var (key, item) in map)
                {
                    if (!first)
                        builder.Append(", ");
                    first = false;
                    builder.Append(key).Append(": ");
                    Append(builder, item, depth + 1);
                }
                builder.Append(first ? "}" : " }");
                break;
            case IEnumerable items:
                builder.Append('[');
                var index = 0;
                foreach (var item in items)
                {
                    if (index++ > 0)
                        builder.Append(", ");
                    Append(builder, item, depth + 1);
                }
                builder.Append(']');
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
