using System.Text.Json;

namespace Sermo.GraphQL.Execution;

/// <summary>Turns System.Text.Json elements into the plain values the engine works with (null, bool, string,
/// int, long, double, lists and dictionaries), so JSON root values and JSON variables behave like .NET ones.</summary>
internal static class JsonElementValues
{
    public static bool IsNull(JsonElement element) => element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    public static object? ToPlain(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                    return i;
                if (element.TryGetInt64(out var l))
                    return l;
                return element.GetDouble();
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                    list.Add(ToPlain(item));
                return list;
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                    map[property.Name] = ToPlain(property.Value);
                return map;
            default:
                return null;
        }
    }

    /// <summary>Plain form of a value when it is a JSON element; any other value as it is.</summary>
    public static object? Unwrap(object? value) => value is JsonElement element ? ToPlain(element) : value;
}
