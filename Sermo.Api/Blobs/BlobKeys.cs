using System.Text.RegularExpressions;

namespace Sermo.Api.Blobs;

/// <summary>The keys a store accepts: lowercase segments of letters, digits and hyphens joined by '/', so a key can be a
/// relative path everywhere and never climbs out of the store (<c>..</c>, absolute paths, backslashes).</summary>
public static partial class BlobKeys
{
    public static void EnsureValid(string key)
    {
        if (key is null || key.Length > 200 || !Pattern().IsMatch(key))
            throw new ArgumentException($"'{key}' is not a blob key: lowercase letters, digits and hyphens in segments joined by '/'.", nameof(key));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
