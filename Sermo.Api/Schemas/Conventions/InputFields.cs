namespace Sermo.Api.Schemas.Conventions;

/// <summary>Where each value the domain names ("Title", "History") came from in a mutation's input, so a refusal
/// points at the input field (<c>["input", "patient", "history"]</c>).
/// <code>
/// new InputFields(("Title", "title"), ("History", "patient.history"))
/// </code></summary>
public sealed class InputFields
{
    public const string ArgumentName = "input";

    private readonly Dictionary<string, IReadOnlyList<string>> _paths = new(StringComparer.Ordinal);

    public InputFields(params (string DomainField, string InputPath)[] fields)
    {
        foreach (var (domainField, inputPath) in fields)
            _paths[domainField] = [ArgumentName, .. inputPath.Split('.')];
    }

    public static InputFields None { get; } = new();

    /// <summary>The input path of a value the domain named; null when the input has no such field.</summary>
    public IReadOnlyList<string>? PathOf(string? domainField) =>
        domainField is not null && _paths.TryGetValue(domainField, out var path) ? path : null;

    /// <summary>The path of an input field given directly (an id argument of the input).</summary>
    public static IReadOnlyList<string> At(string inputPath) => [ArgumentName, .. inputPath.Split('.')];
}
