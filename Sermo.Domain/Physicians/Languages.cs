namespace Sermo.Domain.Physicians;

/// <summary>The five languages the product runs in (ISO 639-1): the ones a member can list.</summary>
public static class Languages
{
    public static IReadOnlyList<string> Supported { get; } = ["en", "es", "fr", "de", "pt"];

    /// <summary>Lower-cases, removes duplicates, keeps the order given; at least one language is required.</summary>
    public static string[] Normalise(IEnumerable<string> languages)
    {
        var result = new List<string>();
        foreach (var language in languages)
        {
            var code = language.Trim().ToLowerInvariant();
            if (!Supported.Contains(code))
                throw Guard.Invalid($"Language '{language}' is not one of {string.Join(", ", Supported)}.");
            if (!result.Contains(code))
                result.Add(code);
        }
        return result.Count > 0 ? [.. result] : throw Guard.Invalid("At least one language is required.");
    }
}
