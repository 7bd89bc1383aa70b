using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Transport.Multipart;

/// <summary>The <c>map</c> part of a multipart request: which file part goes where in the operation
/// (<c>{"0": ["variables.input.file"]}</c>), and putting the received files there. One operation per request, so
/// every path starts with <c>variables.</c> and must name a null the client left for the file.</summary>
public sealed class FileMap
{
    private const string VariablesPrefix = "variables.";

    private FileMap(IReadOnlyDictionary<string, IReadOnlyList<string>> paths) => Paths = paths;

    /// <summary>File part name to the object paths it fills.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Paths { get; }

    public static bool TryParse(JsonElement json, [NotNullWhen(true)] out FileMap? map, [NotNullWhen(false)] out string? error)
    {
        map = null;
        if (json.ValueKind != JsonValueKind.Object)
            return Fail("The 'map' part must be a JSON object from file part names to arrays of paths.", out error);
        var paths = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var member in json.EnumerateObject())
        {
            if (member.Name.Length == 0)
                return Fail("The 'map' part names a file part with an empty name.", out error);
            if (member.Value.ValueKind != JsonValueKind.Array || member.Value.GetArrayLength() == 0)
                return Fail($"The 'map' entry '{member.Name}' must be a non-empty array of paths.", out error);
            var list = new List<string>();
            foreach (var path in member.Value.EnumerateArray())
            {
                if (path.ValueKind != JsonValueKind.String || path.GetString() is not { } text || !text.StartsWith(VariablesPrefix, StringComparison.Ordinal))
                    return Fail($"The 'map' entry '{member.Name}' has a path that does not start with '{VariablesPrefix}' (one operation per request, files go into variables).", out error);
                list.Add(text);
            }
            if (!paths.TryAdd(member.Name, list))
                return Fail($"The 'map' part names the file part '{member.Name}' twice.", out error);
        }
        map = new FileMap(paths);
        error = null;
        return true;
    }

    /// <summary>The variables with each file put at its paths; the JSON around them is copied only along those paths.</summary>
    public bool TryPlace(
        IReadOnlyDictionary<string, object?>? variables,
        IReadOnlyDictionary<string, IUploadedFile> files,
        [NotNullWhen(true)] out IReadOnlyDictionary<string, object?>? placed,
        [NotNullWhen(false)] out string? error)
    {
        placed = null;
        var root = variables is null ? [] : new Dictionary<string, object?>(variables, StringComparer.Ordinal);
        foreach (var (name, paths) in Paths)
        {
            foreach (var path in paths)
            {
                if (!TryPlace(root, path[VariablesPrefix.Length..].Split('.'), files[name]))
                    return Fail($"The 'map' path '{path}' of file part '{name}' does not name a null in the operation's variables.", out error);
            }
        }
        placed = root;
        error = null;
        return true;
    }

    private static bool TryPlace(Dictionary<string, object?> root, string[] segments, IUploadedFile file)
    {
        object container = root;
        for (var i = 0; i < segments.Length; i++)
        {
            if (!TryGet(container, segments[i], out var child))
                return false;
            if (i == segments.Length - 1)
                return child is null or JsonElement { ValueKind: JsonValueKind.Null } && Set(container, segments[i], file);
            if (Mutable(child) is not { } mutable)
                return false;
            Set(container, segments[i], mutable);
            container = mutable;
        }
        return false;
    }

    private static bool TryGet(object container, string segment, out object? child)
    {
        child = null;
        if (container is Dictionary<string, object?> members)
            return members.TryGetValue(segment, out child);
        var items = (List<object?>)container;
        if (!int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) || index >= items.Count)
            return false;
        child = items[index];
        return true;
    }

    private static bool Set(object container, string segment, object value)
    {
        if (container is Dictionary<string, object?> members)
            members[segment] = value;
        else
            ((List<object?>)container)[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] = value;
        return true;
    }

    /// <summary>An object or array on a file's path as a container the file can be put into (one level deep: the
    /// members stay JSON elements, which the engine reads as it reads any variable; a repeated JSON member keeps the
    /// last value, as the engine's own reading does).</summary>
    private static object? Mutable(object? value)
    {
        switch (value)
        {
            case Dictionary<string, object?> or List<object?>:
                return value;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                var members = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                    members[member.Name] = member.Value;
                return members;
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                return element.EnumerateArray().Select(item => (object?)item).ToList();
            default:
                return null;
        }
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
